"""Validate /work/blind4/questions.jsonl against the brief."""
import json, re, sys
from collections import Counter

DIGEST = "/work/b4digest/digest.md"
QFILE = "/work/blind4/questions.jsonl"
EXPECTED = {"in_scope": 130, "near_miss": 70, "off_topic": 40, "follow_up": 35, "english": 20, "complaint": 25}
ASPECTS = {"cost", "documents", "steps", "online", "duration", "place", "validity", "penalty", "eligibility", "overview", "other"}
FIELDS = ["q", "ids", "new_ids", "group", "need", "aspect", "prev"]
N = 6

errors = []
digest = open(DIGEST, encoding="utf-8").read()
article_ids = set(re.findall(r"^# (\S+)\s*$", digest, flags=re.M))

def toks(s):
    return re.findall(r"[0-9a-zà-ÿ]+", s.lower())

dt = toks(digest)
digest_ngrams = {tuple(dt[i:i + N]) for i in range(len(dt) - N + 1)}

rows = []
for n, line in enumerate(open(QFILE, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: does not parse ({e})"); continue
    if list(r.keys()) != FIELDS:
        errors.append(f"line {n}: fields {list(r.keys())} != {FIELDS}")
    rows.append((n, r))

for n, r in rows:
    g = r.get("group")
    if g not in EXPECTED: errors.append(f"line {n}: bad group {g}")
    if r.get("aspect") not in ASPECTS: errors.append(f"line {n}: bad aspect {r.get('aspect')}")
    if not isinstance(r.get("ids"), list): errors.append(f"line {n}: ids not list")
    for i in r.get("ids", []):
        if i not in article_ids: errors.append(f"line {n}: unknown id {i}")
    if len(set(r.get("ids", []))) != len(r.get("ids", [])): errors.append(f"line {n}: repeated id")
    if r.get("new_ids") != []: errors.append(f"line {n}: new_ids must be []")
    if not str(r.get("q", "")).strip(): errors.append(f"line {n}: empty q")
    if not str(r.get("need", "")).strip(): errors.append(f"line {n}: empty need")
    if g in ("near_miss", "off_topic") and r["ids"]: errors.append(f"line {n}: {g} must have ids []")
    if g == "follow_up":
        if not str(r.get("prev", "")).strip(): errors.append(f"line {n}: follow_up without prev")
    elif r.get("prev", "") != "":
        errors.append(f"line {n}: prev only allowed on follow_up")
    if g == "complaint" and "pengaduan-lapor" not in r["ids"]:
        errors.append(f"line {n}: complaint must include pengaduan-lapor")
    for field in ("q", "prev"):
        t = toks(r.get(field, ""))
        for i in range(len(t) - N + 1):
            if tuple(t[i:i + N]) in digest_ngrams:
                errors.append(f"line {n}: {field} copies a {N}-word run from digest: {' '.join(t[i:i+N])}")
                break

counts = Counter(r["group"] for _, r in rows)
for g, c in EXPECTED.items():
    if counts.get(g, 0) != c: errors.append(f"group {g}: {counts.get(g, 0)} rows, expected {c}")
if len(rows) != sum(EXPECTED.values()): errors.append(f"total {len(rows)} != {sum(EXPECTED.values())}")

# duplicates: identical q (normalised), or identical (prev, q) pair
norm = lambda s: " ".join(toks(s))
qc = Counter(norm(r["q"]) for _, r in rows)
for q, c in qc.items():
    if c > 1: errors.append(f"duplicate q: {q!r} x{c}")
pc = Counter((norm(r["prev"]), norm(r["q"])) for _, r in rows)
for k, c in pc.items():
    if c > 1: errors.append(f"duplicate row: {k!r}")

# follow_up rows without an answering article: at most 2
fu_empty = sum(1 for _, r in rows if r["group"] == "follow_up" and not r["ids"])
if fu_empty > 2: errors.append(f"follow_up rows with ids []: {fu_empty} > 2")

# coverage info (not an error unless an article is missing from in_scope)
covered = {i for _, r in rows if r["group"] == "in_scope" for i in r["ids"]}
missing = sorted(article_ids - covered)
if missing: errors.append(f"articles not covered by in_scope: {missing}")

eng = [r for _, r in rows if r["group"] == "english"]
print("articles in digest:", len(article_ids))
print("group counts:", dict(counts))
print("aspect counts:", dict(Counter(r["aspect"] for _, r in rows)))
print("english with ids: %d/%d" % (sum(1 for r in eng if r["ids"]), len(eng)))
print("follow_up with ids []:", fu_empty)
if errors:
    print("FAIL")
    for e in errors: print(" -", e)
    sys.exit(1)
print("ALL CHECKS PASSED")
