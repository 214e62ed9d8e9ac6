"""Validate /work/train4/questions.jsonl against the brief and the digest."""
import json, re, sys
from collections import Counter

DIGEST = "/work/b4digest/digest.md"
QFILE = "/work/train4/questions.jsonl"
FIELDS = ["q", "ids", "new_ids", "group", "need", "aspect", "prev"]
GROUPS = {"in_scope": 200, "near_miss": 80, "off_topic": 20, "follow_up": 60, "english": 20, "complaint": 20}
ASPECTS = {"cost", "documents", "steps", "online", "duration", "place", "validity", "penalty", "eligibility", "overview", "other"}

errors = []
def err(msg): errors.append(msg)

digest = open(DIGEST, encoding="utf-8").read()
article_ids = re.findall(r"^# (\S+)\s*$", digest, re.M)
idset = set(article_ids)

def toks(s): return re.findall(r"\w+", s.lower())
dt = toks(digest)
grams = {tuple(dt[i:i + 6]) for i in range(len(dt) - 5)}

rows = []
for n, line in enumerate(open(QFILE, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        err(f"line {n}: does not parse ({e})"); continue
    rows.append((n, r))
    if list(r.keys()) != FIELDS:
        err(f"line {n}: fields {list(r.keys())} != {FIELDS}")
    if not isinstance(r.get("q"), str) or not r["q"].strip():
        err(f"line {n}: empty q")
    if r.get("new_ids") != []:
        err(f"line {n}: new_ids must be []")
    if r.get("group") not in GROUPS:
        err(f"line {n}: bad group {r.get('group')}")
    if r.get("aspect") not in ASPECTS:
        err(f"line {n}: bad aspect {r.get('aspect')}")
    if not isinstance(r.get("need"), str) or not r["need"].strip():
        err(f"line {n}: empty need")
    ids = r.get("ids")
    if not isinstance(ids, list):
        err(f"line {n}: ids not a list"); ids = []
    for i in ids:
        if i not in idset:
            err(f"line {n}: id {i!r} not a '# <id>' in digest")
    if len(set(ids)) != len(ids):
        err(f"line {n}: repeated id")
    g = r.get("group")
    if g in ("near_miss", "off_topic") and ids:
        err(f"line {n}: {g} must have ids []")
    if g in ("in_scope", "complaint") and not ids:
        err(f"line {n}: {g} must have ids")
    if g == "complaint" and "pengaduan-lapor" not in ids:
        err(f"line {n}: complaint lacks pengaduan-lapor")
    if g == "follow_up":
        if not isinstance(r.get("prev"), str) or not r["prev"].strip():
            err(f"line {n}: follow_up without prev")
    elif r.get("prev") != "":
        err(f"line {n}: prev must be '' outside follow_up")
    for field in ("q", "prev"):
        t = toks(r.get(field) or "")
        for i in range(len(t) - 5):
            if tuple(t[i:i + 6]) in grams:
                err(f"line {n}: {field} copies 6-word run from digest: {' '.join(t[i:i+6])!r}")
                break

cnt = Counter(r["group"] for _, r in rows)
for g, want in GROUPS.items():
    if cnt.get(g, 0) != want:
        err(f"group {g}: {cnt.get(g, 0)} rows, expected {want}")
if len(rows) != sum(GROUPS.values()):
    err(f"total {len(rows)} != {sum(GROUPS.values())}")

norm = lambda s: " ".join(toks(s))
seen = {}
for n, r in rows:
    k = norm(r["q"])
    if k in seen:
        err(f"line {n}: duplicate q of line {seen[k]}: {r['q']!r}")
    seen[k] = n
prevs = {norm(r["prev"]) for _, r in rows if r["group"] == "follow_up"}

fu_empty = sum(1 for _, r in rows if r["group"] == "follow_up" and not r["ids"])
if fu_empty > 2:
    err(f"follow_up with ids []: {fu_empty} > 2")
covered = {i for _, r in rows if r["group"] == "in_scope" for i in r["ids"]}
missing = [i for i in article_ids if i not in covered]
if missing:
    err(f"articles without in_scope question: {missing}")

en = [r for _, r in rows if r["group"] == "english"]
en_cov = sum(1 for r in en if r["ids"])
short = sum(1 for _, r in rows if len(r["q"].split()) <= 6)

print(f"rows: {len(rows)}  articles in digest: {len(article_ids)}")
print("groups:", dict(cnt))
print("aspects:", dict(Counter(r['aspect'] for _, r in rows)))
print(f"english covered: {en_cov}/{len(en)}   follow_up with []: {fu_empty}   q of <=6 words: {short}")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors: print("  " + e)
    sys.exit(1)
print("ALL CHECKS PASSED")
