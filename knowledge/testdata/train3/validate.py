# Validates /work/train3/questions.jsonl against the brief. Exit code 1 on any failure.
import json
import re
import sys
from collections import Counter

DIGEST = "/work/b4digest/digest.md"
QFILE = "/work/train3/questions.jsonl"
FIELDS = ["q", "ids", "new_ids", "group", "need", "aspect", "prev"]
COUNTS = {"in_scope": 170, "near_miss": 100, "off_topic": 20,
          "follow_up": 60, "english": 20, "complaint": 30}
ASPECTS = {"cost", "documents", "steps", "online", "duration", "place",
           "validity", "penalty", "eligibility", "overview", "other"}
N = 6

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[0-9a-zà-ÿ]+", text.lower())


digest = open(DIGEST, encoding="utf-8").read()
article_ids = set(re.findall(r"^# (\S+)\s*$", digest, flags=re.M))
dw = words(digest)
digest_ngrams = {tuple(dw[i:i + N]) for i in range(len(dw) - N + 1)}

rows = []
for n, line in enumerate(open(QFILE, encoding="utf-8"), 1):
    if not line.strip():
        err(f"line {n}: empty line")
        continue
    try:
        r = json.loads(line)
    except Exception as e:  # noqa: BLE001
        err(f"line {n}: does not parse: {e}")
        continue
    if list(r.keys()) != FIELDS:
        err(f"line {n}: fields {list(r.keys())} != {FIELDS}")
    rows.append((n, r))

# group counts
gc = Counter(r.get("group") for _, r in rows)
for g, c in COUNTS.items():
    if gc.get(g, 0) != c:
        err(f"group {g}: {gc.get(g, 0)} rows, expected {c}")
for g in gc:
    if g not in COUNTS:
        err(f"unknown group {g}")
if len(rows) != sum(COUNTS.values()):
    err(f"total rows {len(rows)} != {sum(COUNTS.values())}")

seen = {}
fu_empty = 0
en_cov = 0
for n, r in rows:
    g = r.get("group")
    q = r.get("q", "")
    ids = r.get("ids")
    if not isinstance(q, str) or not q.strip():
        err(f"line {n}: empty q")
    if not isinstance(ids, list):
        err(f"line {n}: ids not a list")
        ids = []
    for i in ids:
        if i not in article_ids:
            err(f"line {n}: id {i!r} not a '# <id>' heading in digest")
    if len(set(ids)) != len(ids):
        err(f"line {n}: duplicate ids")
    if r.get("new_ids") != []:
        err(f"line {n}: new_ids must be []")
    if r.get("aspect") not in ASPECTS:
        err(f"line {n}: bad aspect {r.get('aspect')!r}")
    if not str(r.get("need", "")).strip():
        err(f"line {n}: empty need")
    if g in ("near_miss", "off_topic") and ids:
        err(f"line {n}: {g} must have ids []")
    if g == "in_scope" and not ids:
        err(f"line {n}: in_scope needs ids")
    if g == "complaint" and "pengaduan-lapor" not in ids:
        err(f"line {n}: complaint must include pengaduan-lapor")
    prev = r.get("prev", "")
    if g == "follow_up":
        if not str(prev).strip():
            err(f"line {n}: follow_up without prev")
        if not ids:
            fu_empty += 1
    elif prev != "":
        err(f"line {n}: prev must be empty outside follow_up")
    if g == "english" and ids:
        en_cov += 1
    key = " ".join(words(q))
    if key in seen:
        err(f"line {n}: duplicate q of line {seen[key]}: {q!r}")
    seen[key] = n
    for field in ("q", "prev"):
        w = words(r.get(field, ""))
        for i in range(len(w) - N + 1):
            if tuple(w[i:i + N]) in digest_ngrams:
                err(f"line {n}: {field} copies 6-word run from digest: "
                    f"{' '.join(w[i:i + N])!r}")
                break

if fu_empty > 2:
    err(f"follow_up rows with ids []: {fu_empty} (max 2)")
if not (14 <= en_cov <= 18):
    err(f"english rows with ids: {en_cov} (expected about 80% of 20)")

covered = {i for _, r in rows if r.get("group") == "in_scope" for i in r["ids"]}
missing = sorted(article_ids - covered)
if missing:
    err(f"articles not covered by in_scope: {missing}")

print(f"rows: {len(rows)}  groups: {dict(gc)}")
print(f"aspects: {dict(Counter(r.get('aspect') for _, r in rows))}")
print(f"articles: {len(article_ids)}  covered by in_scope: {len(covered & article_ids)}")
print(f"follow_up with ids []: {fu_empty}  english with ids: {en_cov}/20")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("PASS: all checks passed")
