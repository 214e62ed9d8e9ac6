"""Validate /work/fixtrain/questions.jsonl against the brief."""
import json, re, sys
from collections import Counter

DIGEST = "/work/fixdigest/digest.md"
QFILE = sys.argv[1] if len(sys.argv) > 1 else "/work/fixtrain/questions.jsonl"
FIELDS = ["q", "ids", "new_ids", "group", "need", "aspect", "prev"]
COUNTS = {"in_scope": 150, "near_miss": 55, "off_topic": 25, "follow_up": 35, "english": 15, "complaint": 20}
ASPECTS = {"cost", "documents", "steps", "online", "duration", "place", "validity", "penalty", "eligibility", "overview", "other"}
N = 6

errors = []
def err(msg):
    errors.append(msg)

text = open(DIGEST, encoding="utf-8").read()
# an article id is a '# <id>' line directly followed by front matter '---' and 'id: <id>'
ids_in_digest = set(re.findall(r"^# (\S+)\n---\nid: \1$", text, flags=re.M))
tok = lambda s: re.findall(r"[a-z0-9]+", s.lower())
dtoks = tok(text)
dgrams = set(tuple(dtoks[i:i + N]) for i in range(len(dtoks) - N + 1))

rows = []
for ln, line in enumerate(open(QFILE, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as ex:
        err(f"line {ln}: does not parse ({ex})"); continue
    rows.append((ln, r))
    if list(r.keys()) != FIELDS:
        err(f"line {ln}: fields {list(r.keys())} != {FIELDS}")
    if not isinstance(r.get("q"), str) or not r["q"].strip():
        err(f"line {ln}: empty q")
    if not isinstance(r.get("ids"), list):
        err(f"line {ln}: ids not a list")
    for i in r.get("ids", []):
        if i not in ids_in_digest:
            err(f"line {ln}: id {i!r} not in digest")
    if len(set(r.get("ids", []))) != len(r.get("ids", [])):
        err(f"line {ln}: repeated id")
    if r.get("new_ids") != []:
        err(f"line {ln}: new_ids must be []")
    g = r.get("group")
    if g not in COUNTS:
        err(f"line {ln}: bad group {g!r}")
    if r.get("aspect") not in ASPECTS:
        err(f"line {ln}: bad aspect {r.get('aspect')!r}")
    if not isinstance(r.get("need"), str) or not r["need"].strip():
        err(f"line {ln}: empty need")
    if g in ("near_miss", "off_topic") and r.get("ids"):
        err(f"line {ln}: {g} must have ids []")
    if g == "in_scope" and not r.get("ids"):
        err(f"line {ln}: in_scope needs ids")
    if g == "complaint" and "pengaduan-lapor" not in r.get("ids", []):
        err(f"line {ln}: complaint without pengaduan-lapor")
    if g == "follow_up":
        if not isinstance(r.get("prev"), str) or not r["prev"].strip():
            err(f"line {ln}: follow_up without prev")
    elif r.get("prev") != "":
        err(f"line {ln}: non-follow_up row has prev")
    for field in ("q", "prev"):
        t = tok(r.get(field, "") or "")
        for i in range(len(t) - N + 1):
            if tuple(t[i:i + N]) in dgrams:
                err(f"line {ln}: {field} copies a {N}-word run from digest: {' '.join(t[i:i+N])!r}")
                break

c = Counter(r["group"] for _, r in rows)
for g, n in COUNTS.items():
    if c.get(g, 0) != n:
        err(f"group {g}: {c.get(g, 0)} rows, expected {n}")
if len(rows) != sum(COUNTS.values()):
    err(f"total {len(rows)} rows, expected {sum(COUNTS.values())}")

norm = lambda s: " ".join(tok(s))
seen = {}
for ln, r in rows:
    k = norm(r["q"])
    if k in seen:
        err(f"line {ln}: duplicate q of line {seen[k]}")
    seen[k] = ln

fu_empty = sum(1 for _, r in rows if r["group"] == "follow_up" and not r["ids"])
if fu_empty > 2:
    err(f"follow_up rows with ids []: {fu_empty} > 2")
en = [r for _, r in rows if r["group"] == "english"]
cov = sum(1 for r in en if r["ids"]) / max(1, len(en))
if not 0.7 <= cov <= 0.9:
    err(f"english coverage {cov:.0%} not about 80%")

covered = set(i for _, r in rows if r["group"] == "in_scope" for i in r["ids"])
missing = sorted(ids_in_digest - covered)
if missing:
    err(f"articles without an in_scope row: {missing}")

print(f"{len(rows)} rows; groups {dict(c)}; {len(ids_in_digest)} articles in digest")
print("aspects:", dict(Counter(r['aspect'] for _, r in rows)))
if errors:
    print(f"FAIL ({len(errors)} problems)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("ALL CHECKS PASS")
