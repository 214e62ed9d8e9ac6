"""Validate /work/fixblind/questions.jsonl against the brief."""
import json, re, sys, collections

DIGEST = "/work/fixdigest/digest.md"
QFILE = sys.argv[1] if len(sys.argv) > 1 else "/work/fixblind/questions.jsonl"
EXPECTED = {"in_scope": 120, "near_miss": 40, "off_topic": 25,
            "follow_up": 25, "english": 15, "complaint": 15}
FIELDS = ["q", "ids", "new_ids", "group", "need", "aspect", "prev"]
ASPECTS = {"cost", "documents", "steps", "online", "duration", "place",
           "validity", "penalty", "eligibility", "overview", "other"}

errors = []
def err(msg): errors.append(msg)

text = open(DIGEST, encoding="utf-8").read()
article_ids = set(re.findall(r"^# ([a-z0-9-]+)\s*$", text, flags=re.M))
# keep only ids that also appear as front-matter id: lines (titles are not ids)
fm_ids = set(re.findall(r"^id: ([a-z0-9-]+)\s*$", text, flags=re.M))
article_ids &= fm_ids

def toks(s):
    return re.findall(r"[a-z0-9]+", s.lower())
dt = toks(text)
grams6 = set(tuple(dt[i:i+6]) for i in range(len(dt) - 5))

rows = []
with open(QFILE, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: empty line"); continue
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"line {n}: does not parse: {e}"); continue
        if list(r.keys()) != FIELDS:
            err(f"line {n}: fields {list(r.keys())} != {FIELDS}")
        rows.append((n, r))

counts = collections.Counter(r.get("group") for _, r in rows)
for g, c in EXPECTED.items():
    if counts.get(g, 0) != c:
        err(f"group {g}: {counts.get(g, 0)} rows, expected {c}")
for g in counts:
    if g not in EXPECTED:
        err(f"unknown group {g}")
if len(rows) != sum(EXPECTED.values()):
    err(f"total {len(rows)} != {sum(EXPECTED.values())}")

seen_q = {}
seen_pair = set()
for n, r in rows:
    q, ids, g, prev = r.get("q", ""), r.get("ids"), r.get("group"), r.get("prev", "")
    if not isinstance(q, str) or not q.strip():
        err(f"line {n}: empty q")
    if not isinstance(ids, list):
        err(f"line {n}: ids not a list"); ids = []
    for i in ids:
        if i not in article_ids:
            err(f"line {n}: id {i!r} not in digest")
    if len(set(ids)) != len(ids):
        err(f"line {n}: repeated id")
    if r.get("new_ids") != []:
        err(f"line {n}: new_ids must be []")
    if r.get("aspect") not in ASPECTS:
        err(f"line {n}: bad aspect {r.get('aspect')!r}")
    if not r.get("need", "").strip():
        err(f"line {n}: empty need")
    if g in ("near_miss", "off_topic") and ids:
        err(f"line {n}: {g} must have ids []")
    if g in ("in_scope", "complaint") and not ids:
        err(f"line {n}: {g} should have ids")
    if g == "complaint" and "pengaduan-lapor" not in ids:
        err(f"line {n}: complaint without pengaduan-lapor")
    if g == "follow_up":
        if not isinstance(prev, str) or not prev.strip():
            err(f"line {n}: follow_up without prev")
    elif prev != "":
        err(f"line {n}: prev must be empty for {g}")
    key = re.sub(r"\s+", " ", q.strip().lower())
    if key in seen_q and g != "follow_up":
        err(f"line {n}: duplicate q (also line {seen_q[key]})")
    pair = (key, re.sub(r"\s+", " ", prev.strip().lower()))
    if pair in seen_pair:
        err(f"line {n}: duplicate q/prev pair")
    seen_pair.add(pair); seen_q.setdefault(key, n)
    for field in ("q", "prev"):
        t = toks(r.get(field, ""))
        for i in range(len(t) - 5):
            if tuple(t[i:i+6]) in grams6:
                err(f"line {n}: {field} copies 6-word run from digest: {' '.join(t[i:i+6])}")
                break

# follow_up rows with empty ids: at most 2
fu_empty = sum(1 for _, r in rows if r["group"] == "follow_up" and not r["ids"])
if fu_empty > 2:
    err(f"follow_up rows with ids []: {fu_empty} > 2")
# english: about 80% covered
en = [r for _, r in rows if r["group"] == "english"]
en_cov = sum(1 for r in en if r["ids"])
if en and not (0.7 <= en_cov / len(en) <= 0.9):
    err(f"english coverage {en_cov}/{len(en)} not about 80%")
# coverage: every article at least once in in_scope
covered = set(i for _, r in rows if r["group"] == "in_scope" for i in r["ids"])
missing = article_ids - covered
if missing:
    err(f"articles not covered by in_scope: {sorted(missing)}")

print(f"rows: {len(rows)}; groups: {dict(counts)}; articles: {len(article_ids)}")
if errors:
    print(f"FAIL ({len(errors)} problems)")
    for e in errors: print("  -", e)
    sys.exit(1)
print("ALL CHECKS PASSED")
