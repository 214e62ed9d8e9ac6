"""Validate questions.jsonl against the brief and the knowledge-base digest."""
import json
import re
import sys
from collections import Counter

DIGEST = "/work/fixdigest/digest.md"
QFILE = "/work/fixtrain2/questions.jsonl"
FIELDS = ["q", "ids", "new_ids", "group", "need", "aspect", "prev"]
COUNTS = {"in_scope": 150, "near_miss": 60, "off_topic": 20,
          "follow_up": 35, "english": 15, "complaint": 20}
ASPECTS = {"cost", "documents", "steps", "online", "duration", "place",
           "validity", "penalty", "eligibility", "overview", "other"}
N = 6

errors = []


def err(msg):
    errors.append(msg)


def toks(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def grams(t, n=N):
    return {tuple(t[i:i + n]) for i in range(len(t) - n + 1)}


digest = open(DIGEST, encoding="utf-8").read()
ids_known = set()
for line in digest.splitlines():
    m = re.match(r"^# ([a-z0-9-]+)\s*$", line)
    if m:
        ids_known.add(m.group(1))
digest_grams = grams(toks(digest))

rows = []
for n, line in enumerate(open(QFILE, encoding="utf-8"), 1):
    if not line.strip():
        err(f"line {n}: empty line")
        continue
    try:
        r = json.loads(line)
    except Exception as e:  # noqa
        err(f"line {n}: does not parse: {e}")
        continue
    if list(r.keys()) != FIELDS:
        err(f"line {n}: fields {list(r.keys())} != {FIELDS}")
    rows.append((n, r))

groups = Counter(r.get("group") for _, r in rows)
for g, c in COUNTS.items():
    if groups.get(g, 0) != c:
        err(f"group {g}: {groups.get(g, 0)} rows, expected {c}")
for g in groups:
    if g not in COUNTS:
        err(f"unknown group {g}")
if len(rows) != sum(COUNTS.values()):
    err(f"total rows {len(rows)} != {sum(COUNTS.values())}")

seen = {}
empty_follow = 0
eng_covered = 0
for n, r in rows:
    q, ids, g, prev = r["q"], r["ids"], r["group"], r["prev"]
    if not isinstance(q, str) or not q.strip():
        err(f"line {n}: empty q")
    if not isinstance(ids, list) or r["new_ids"] != []:
        err(f"line {n}: ids must be a list and new_ids []")
    for i in ids:
        if i not in ids_known:
            err(f"line {n}: unknown id {i}")
    if len(set(ids)) != len(ids):
        err(f"line {n}: repeated id")
    if r["aspect"] not in ASPECTS:
        err(f"line {n}: bad aspect {r['aspect']}")
    if not r["need"].strip():
        err(f"line {n}: empty need")
    if g in ("near_miss", "off_topic") and ids:
        err(f"line {n}: {g} must have ids []")
    if g in ("in_scope",) and not ids:
        err(f"line {n}: in_scope must have ids")
    if g == "complaint" and "pengaduan-lapor" not in ids:
        err(f"line {n}: complaint without pengaduan-lapor")
    if g == "follow_up":
        if not prev.strip():
            err(f"line {n}: follow_up without prev")
        if not ids:
            empty_follow += 1
    elif prev != "":
        err(f"line {n}: prev set on non-follow_up row")
    if g == "english" and ids:
        eng_covered += 1
    key = " ".join(toks(q))
    if key in seen:
        err(f"line {n}: duplicate q of line {seen[key]}")
    seen[key] = n
    for field in ("q", "prev"):
        hit = grams(toks(r[field])) & digest_grams
        if hit:
            err(f"line {n}: {field} copies 6-word run from digest: {' '.join(sorted(hit)[0])}")

# prev texts should not repeat either
prevs = Counter(" ".join(toks(r["prev"])) for _, r in rows if r["prev"])
for p, c in prevs.items():
    if c > 1:
        err(f"prev repeated {c}x: {p}")
if empty_follow > 2:
    err(f"{empty_follow} follow_up rows with ids [], at most 2 allowed")

covered = {i for _, r in rows if r["group"] == "in_scope" for i in r["ids"]}
missing = ids_known - covered
if missing:
    err(f"articles without an in_scope row: {sorted(missing)}")

print(f"rows: {len(rows)}")
print("groups:", dict(groups))
print("aspects:", dict(Counter(r['aspect'] for _, r in rows)))
print(f"english covered: {eng_covered}/{groups.get('english', 0)}; follow_up with []: {empty_follow}")
print(f"articles: {len(ids_known)}, covered by in_scope: {len(covered & ids_known)}")
if errors:
    print(f"FAIL ({len(errors)} problems)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("ALL CHECKS PASSED")
