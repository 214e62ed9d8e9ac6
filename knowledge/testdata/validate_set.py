#!/usr/bin/env python3
"""Usage: validate_set.py <articles folder> <questions.jsonl> [counts as group=n,...].
Checks a question set written blind against the brief its writers were given
(see the sets' READMEs): fields, ids that exist, group counts, no 6-word run
copied from the articles. Exit code 1 on any failure."""
import collections, glob, json, os, re, sys

ARTICLES = sys.argv[1]
QFILE = sys.argv[2]
FIELDS = ["q", "ids", "new_ids", "group", "need", "aspect", "prev"]
COUNTS = {"in_scope": 130, "near_miss": 70, "off_topic": 40,
          "follow_up": 35, "english": 20, "complaint": 25}
if len(sys.argv) > 3:
    COUNTS = {k: int(v) for k, v in (kv.split("=") for kv in sys.argv[3].split(","))}
ASPECTS = {"cost", "documents", "steps", "online", "duration", "place",
           "validity", "penalty", "eligibility", "overview", "other"}
COMPLAINT_ID = "pengaduan-lapor"
N = 6

errors = []
def err(msg): errors.append(msg)

# The articles as the writers read them: each one after a line "# <id>".
text = "".join("# %s\n\n%s\n\n" % (os.path.basename(p)[:-3], open(p, encoding="utf-8").read())
               for p in sorted(glob.glob(os.path.join(ARTICLES, "*.md"))))
article_ids = set(re.findall(r"^# (\S+)\s*$", text, flags=re.M))
tok = lambda s: re.findall(r"[a-z0-9]+", s.lower())
dtoks = tok(text)
grams = {tuple(dtoks[i:i + N]) for i in range(len(dtoks) - N + 1)}

rows = []
for n, line in enumerate(open(QFILE, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        err(f"line {n}: does not parse ({e})"); continue
    if list(r.keys()) != FIELDS:
        err(f"line {n}: fields {list(r.keys())} != {FIELDS}")
    rows.append((n, r))

cnt = collections.Counter(r.get("group") for _, r in rows)
for g, c in COUNTS.items():
    if cnt.get(g, 0) != c:
        err(f"group {g}: {cnt.get(g, 0)} rows, expected {c}")
for g in cnt:
    if g not in COUNTS:
        err(f"unknown group {g}")

seen = {}
fu_empty = 0
en_covered = 0
covered = set()
for n, r in rows:
    g, ids = r.get("group"), r.get("ids")
    if not isinstance(r.get("q"), str) or not r["q"].strip():
        err(f"line {n}: empty q")
    if not isinstance(ids, list):
        err(f"line {n}: ids not a list"); ids = []
    for i in ids:
        if i not in article_ids:
            err(f"line {n}: unknown id {i}")
    if len(set(ids)) != len(ids):
        err(f"line {n}: repeated id")
    if r.get("new_ids") != []:
        err(f"line {n}: new_ids must be []")
    if r.get("aspect") not in ASPECTS:
        err(f"line {n}: bad aspect {r.get('aspect')}")
    if not str(r.get("need", "")).strip():
        err(f"line {n}: empty need")
    if g in ("near_miss", "off_topic") and ids:
        err(f"line {n}: {g} must have ids []")
    if g == "in_scope":
        if not ids: err(f"line {n}: in_scope without ids")
        covered.update(ids)
    if g == "follow_up":
        if not str(r.get("prev", "")).strip():
            err(f"line {n}: follow_up without prev")
        if not ids: fu_empty += 1
    elif r.get("prev") != "":
        err(f"line {n}: prev must be empty outside follow_up")
    if g == "complaint" and COMPLAINT_ID not in ids:
        err(f"line {n}: complaint without {COMPLAINT_ID}")
    if g == "english" and ids: en_covered += 1
    key = " ".join(tok(r.get("q", "")))
    if key in seen:
        err(f"line {n}: duplicate of line {seen[key]}: {r['q']!r}")
    seen[key] = n
    for field in ("q", "prev"):
        t = tok(r.get(field, ""))
        for i in range(len(t) - N + 1):
            if tuple(t[i:i + N]) in grams:
                err(f"line {n}: {field} copies a {N}-word run from the digest: {' '.join(t[i:i+N])!r}")
                break

if fu_empty > max(2, COUNTS.get("follow_up", 0) // 15):
    err(f"follow_up rows with ids []: {fu_empty} (max 2)")
en = COUNTS.get("english", 0)
if not (0.7 * en <= en_covered <= 0.9 * en):
    err(f"english rows with ids: {en_covered} of {en} (want about 80%)")
missing = article_ids - covered
if missing:
    err(f"articles never covered by in_scope: {sorted(missing)}")

print(f"rows: {len(rows)}; articles in digest: {len(article_ids)}; covered by in_scope: {len(covered & article_ids)}")
print("groups:", dict(cnt))
print("follow_up with ids []:", fu_empty, "| english with ids:", en_covered)
if errors:
    print(f"FAIL ({len(errors)} problems)")
    for e in errors: print("  -", e)
    sys.exit(1)
print("ALL CHECKS PASSED")
