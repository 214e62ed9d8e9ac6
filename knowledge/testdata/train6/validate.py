"""Checks questions.jsonl against the brief. Exit code 1 on any failure."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DIGEST = "/work/b4digest/digest.md"
FIELDS = {"q", "ids", "new_ids", "group", "need", "aspect", "prev"}
COUNTS = {"in_scope": 190, "near_miss": 110, "off_topic": 20, "follow_up": 40, "english": 20, "complaint": 20}
ASPECTS = {"cost", "documents", "steps", "online", "duration", "place", "validity", "penalty", "eligibility", "overview", "other"}
COMPLAINT_ID = "pengaduan-lapor"
N = 6

errors = []
def err(msg): errors.append(msg)

text = open(DIGEST, encoding="utf-8").read()
article_ids = [l[2:].strip() for l in text.splitlines() if l.startswith("# ")]
idset = set(article_ids)

def toks(s): return re.findall(r"[a-z0-9]+", s.lower())
dt = toks(text)
grams = {tuple(dt[i:i+N]) for i in range(len(dt) - N + 1)}

rows = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"line {n}: does not parse ({e})"); continue
        if set(r) != FIELDS:
            err(f"line {n}: fields {sorted(r)}")
            continue
        rows.append((n, r))

cnt = Counter(r["group"] for _, r in rows)
for g, c in COUNTS.items():
    if cnt.get(g, 0) != c:
        err(f"group {g}: {cnt.get(g, 0)} rows, expected {c}")
for g in cnt:
    if g not in COUNTS: err(f"unknown group {g}")
if len(rows) != sum(COUNTS.values()):
    err(f"total {len(rows)} rows")

seen = {}
fu_empty = 0
eng_cov = 0
for n, r in rows:
    g = r["group"]
    for k in ("q", "need", "aspect", "group", "prev"):
        if not isinstance(r[k], str): err(f"line {n}: {k} not a string")
    if not isinstance(r["ids"], list) or not isinstance(r["new_ids"], list): err(f"line {n}: ids/new_ids not lists")
    if r["new_ids"] != []: err(f"line {n}: new_ids not empty")
    if not r["q"].strip(): err(f"line {n}: empty q")
    if not r["need"].strip(): err(f"line {n}: empty need")
    if r["aspect"] not in ASPECTS: err(f"line {n}: bad aspect {r['aspect']}")
    for i in r["ids"]:
        if i not in idset: err(f"line {n}: unknown id {i}")
    if len(set(r["ids"])) != len(r["ids"]): err(f"line {n}: repeated id")
    if g in ("near_miss", "off_topic") and r["ids"]: err(f"line {n}: {g} must have ids []")
    if g == "in_scope" and not r["ids"]: err(f"line {n}: in_scope without ids")
    if g == "follow_up":
        if not r["prev"].strip(): err(f"line {n}: follow_up without prev")
        if not r["ids"]: fu_empty += 1
    elif r["prev"] != "":
        err(f"line {n}: prev set on {g} row")
    if g == "english" and r["ids"]: eng_cov += 1
    if g == "complaint" and COMPLAINT_ID not in r["ids"]: err(f"line {n}: complaint row lacks {COMPLAINT_ID}")
    key = (" ".join(toks(r["prev"])), " ".join(toks(r["q"])))
    if key in seen: err(f"line {n}: duplicate of line {seen[key]}")
    seen[key] = n
    qk = " ".join(toks(r["q"]))
    for fld in ("q", "prev"):
        t = toks(r[fld])
        for i in range(len(t) - N + 1):
            if tuple(t[i:i+N]) in grams:
                err(f"line {n}: {fld} copies a {N}-word run from the digest: '{' '.join(t[i:i+N])}'")
                break

# duplicate q text across all rows (ignoring prev) as well
qc = Counter(" ".join(toks(r["q"])) for _, r in rows)
for q, c in qc.items():
    if c > 1: err(f"q text repeated {c} times: '{q}'")

if fu_empty > 2: err(f"follow_up rows with ids []: {fu_empty} (max 2)")
if cnt.get("english"):
    share = eng_cov / cnt["english"]
    if not 0.7 <= share <= 0.9: err(f"english covered share {share:.2f}, expected about 0.8")
covered = {i for _, r in rows if r["group"] == "in_scope" for i in r["ids"]}
missing = idset - covered
if missing: err(f"articles without an in_scope row: {sorted(missing)}")

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors: print(" -", e)
    sys.exit(1)
print(f"OK: {len(rows)} rows; groups {dict(cnt)}; english covered {eng_cov}/{cnt['english']}; "
      f"follow_up with ids [] {fu_empty}; all {len(idset)} articles covered by in_scope")
