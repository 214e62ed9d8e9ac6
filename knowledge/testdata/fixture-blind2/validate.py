"""Validate /work/fixblind2/questions.jsonl against the brief and the digest."""
import json, re, sys
from collections import Counter

DIGEST = "/work/fixdigest/digest.md"
QFILE = "/work/fixblind2/questions.jsonl"
FIELDS = ["q", "ids", "new_ids", "group", "need", "aspect", "prev"]
EXPECTED = {"in_scope": 120, "near_miss": 40, "off_topic": 25,
            "follow_up": 25, "english": 15, "complaint": 15}
ASPECTS = {"cost", "documents", "steps", "online", "duration", "place",
           "validity", "penalty", "eligibility", "overview", "other"}
N = 6

errors = []


def err(msg):
    errors.append(msg)


def toks(s):
    return re.findall(r"[a-z0-9]+", s.lower())


digest = open(DIGEST, encoding="utf-8").read()
valid_ids = set(re.findall(r"^# ([a-z0-9-]+)\s*$", digest, flags=re.M))
dtoks = toks(digest)
dgrams = {tuple(dtoks[i:i + N]) for i in range(len(dtoks) - N + 1)}

rows = []
for n, line in enumerate(open(QFILE, encoding="utf-8"), 1):
    line = line.rstrip("\n")
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

groups = Counter()
seen_q = {}
for n, r in rows:
    g = r.get("group")
    groups[g] += 1
    if g not in EXPECTED:
        err(f"line {n}: unknown group {g}")
    q, ids, prev = r.get("q", ""), r.get("ids"), r.get("prev")
    if not isinstance(q, str) or not q.strip():
        err(f"line {n}: empty q")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        err(f"line {n}: ids not a list of strings")
        ids = []
    if len(set(ids)) != len(ids):
        err(f"line {n}: repeated id")
    for i in ids:
        if i not in valid_ids:
            err(f"line {n}: id {i!r} not a '# <id>' in digest")
    if r.get("new_ids") != []:
        err(f"line {n}: new_ids must be []")
    if r.get("aspect") not in ASPECTS:
        err(f"line {n}: bad aspect {r.get('aspect')!r}")
    if not isinstance(r.get("need"), str) or not r["need"].strip():
        err(f"line {n}: empty need")
    if g in ("near_miss", "off_topic") and ids:
        err(f"line {n}: {g} must have ids []")
    if g == "in_scope" and not ids:
        err(f"line {n}: in_scope must have ids")
    if g == "complaint" and "pengaduan-lapor" not in ids:
        err(f"line {n}: complaint without pengaduan-lapor")
    if g == "follow_up":
        if not isinstance(prev, str) or not prev.strip():
            err(f"line {n}: follow_up without prev")
    elif prev != "":
        err(f"line {n}: non-follow_up row has prev")
    key = " ".join(toks(q))
    if key in seen_q:
        err(f"line {n}: duplicate of line {seen_q[key]}: {q!r}")
    seen_q[key] = n
    for field in ("q", "prev"):
        t = toks(r.get(field) or "")
        for i in range(len(t) - N + 1):
            if tuple(t[i:i + N]) in dgrams:
                err(f"line {n}: {field} copies 6-word run from digest: {' '.join(t[i:i + N])!r}")
                break

for g, c in EXPECTED.items():
    if groups[g] != c:
        err(f"group {g}: {groups[g]} rows, expected {c}")
if len(rows) != sum(EXPECTED.values()):
    err(f"total {len(rows)} rows, expected {sum(EXPECTED.values())}")

fu_empty = sum(1 for _, r in rows if r["group"] == "follow_up" and not r["ids"])
if fu_empty > 2:
    err(f"follow_up rows with ids [] = {fu_empty} (> 2)")
en = [r for _, r in rows if r["group"] == "english"]
en_cov = sum(1 for r in en if r["ids"])
if en and not (0.7 <= en_cov / len(en) <= 0.9):
    err(f"english coverage {en_cov}/{len(en)} not about 80%")

covered = {i for _, r in rows if r["group"] == "in_scope" for i in r["ids"]}
missing = sorted(valid_ids - covered)
if missing:
    err(f"articles not covered by any in_scope row: {missing}")

print(f"rows={len(rows)} groups={dict(groups)}")
print(f"articles in digest={len(valid_ids)} covered by in_scope={len(covered)}")
print(f"follow_up with []={fu_empty}; english covered={en_cov}/{len(en)}")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("ALL CHECKS PASSED")
