"""Checks /work/fixtrain3/questions.jsonl against the brief. Exit code 1 on any failure."""
import collections
import json
import re
import sys

DIGEST = "/work/fixdigest/digest.md"
QFILE = "/work/fixtrain3/questions.jsonl"
FIELDS = ["q", "ids", "new_ids", "group", "need", "aspect", "prev"]
COUNTS = {"in_scope": 160, "near_miss": 70, "off_topic": 20,
          "follow_up": 60, "english": 20, "complaint": 20}
ASPECTS = {"cost", "documents", "steps", "online", "duration", "place",
           "validity", "penalty", "eligibility", "overview", "other"}
N = 6

errors = []


def err(msg):
    errors.append(msg)


def toks(s):
    return re.findall(r"[a-z0-9]+", s.lower())


digest = open(DIGEST, encoding="utf-8").read()
article_ids = set(re.findall(r"^# ([a-z0-9-]+)\s*$", digest, flags=re.M))
article_ids = {a for a in article_ids if re.search(r"^id: " + re.escape(a) + r"\s*$", digest, flags=re.M)}
dt = toks(digest)
grams = {tuple(dt[i:i + N]) for i in range(len(dt) - N + 1)}

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

# group counts
cnt = collections.Counter(r.get("group") for _, r in rows)
for g, c in COUNTS.items():
    if cnt.get(g, 0) != c:
        err(f"group {g}: {cnt.get(g, 0)} rows, expected {c}")
for g in cnt:
    if g not in COUNTS:
        err(f"unknown group {g}")
if len(rows) != sum(COUNTS.values()):
    err(f"total {len(rows)} != {sum(COUNTS.values())}")

seen_q = {}
follow_empty = 0
for n, r in rows:
    g = r.get("group")
    q, prev, ids = r.get("q", ""), r.get("prev", ""), r.get("ids", [])
    if not isinstance(q, str) or not q.strip():
        err(f"line {n}: empty q")
    if not isinstance(ids, list) or len(set(ids)) != len(ids):
        err(f"line {n}: ids must be a list without repeats")
    for a in ids:
        if a not in article_ids:
            err(f"line {n}: unknown id {a}")
    if r.get("new_ids") != []:
        err(f"line {n}: new_ids must be []")
    if r.get("aspect") not in ASPECTS:
        err(f"line {n}: bad aspect {r.get('aspect')}")
    if not str(r.get("need", "")).strip():
        err(f"line {n}: empty need")
    if g in ("near_miss", "off_topic") and ids:
        err(f"line {n}: {g} must have ids []")
    if g == "in_scope" and not ids:
        err(f"line {n}: in_scope must have ids")
    if g == "complaint" and "pengaduan-lapor" not in ids:
        err(f"line {n}: complaint without pengaduan-lapor")
    if g == "follow_up":
        if not str(prev).strip():
            err(f"line {n}: follow_up without prev")
        if not ids:
            follow_empty += 1
    elif prev != "":
        err(f"line {n}: prev must be empty outside follow_up")
    key = " ".join(toks(q))
    if key in seen_q:
        err(f"line {n}: duplicate q (also line {seen_q[key]}): {q}")
    seen_q[key] = n
    for field in ("q", "prev"):
        t = toks(r.get(field, ""))
        for i in range(len(t) - N + 1):
            if tuple(t[i:i + N]) in grams:
                err(f"line {n}: {field} copies a {N}-word run from the digest: {' '.join(t[i:i + N])}")
                break

# prev should not simply repeat another row's q
for n, r in rows:
    if r.get("prev") and " ".join(toks(r["prev"])) in seen_q:
        err(f"line {n}: prev duplicates a q")

if follow_empty > 2:
    err(f"{follow_empty} follow_up rows with ids [] (max 2)")

eng = [r for _, r in rows if r.get("group") == "english"]
if eng:
    share = sum(1 for r in eng if r["ids"]) / len(eng)
    if not 0.7 <= share <= 0.9:
        err(f"english covered share {share:.2f} not about 80%")

covered = {a for _, r in rows if r.get("group") == "in_scope" for a in r["ids"]}
missing = sorted(article_ids - covered)
if missing:
    err(f"articles without an in_scope row: {missing}")

# report
print(f"{len(rows)} rows, {len(article_ids)} articles in digest")
for g in COUNTS:
    print(f"  {g:10s} {cnt.get(g, 0)}")
asp = collections.Counter(r["aspect"] for _, r in rows)
print("aspects:", dict(sorted(asp.items())))
lens = collections.Counter()
for _, r in rows:
    w = len(r["q"].split())
    lens["terse (<=5 words)" if w <= 5 else "normal (6-13)" if w < 14 else "story (>=14)"] += 1
print("lengths:", dict(lens))
print("follow_up rows with ids []:", follow_empty)

if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nALL CHECKS PASSED")
