"""Checks questions.jsonl against the digest and the brief's rules."""
import json, re, sys, collections

DIGEST = "/work/b4digest/digest.md"
QFILE = "/work/train5/questions.jsonl"
FIELDS = ["q", "ids", "new_ids", "group", "need", "aspect", "prev"]
COUNTS = {"in_scope": 120, "near_miss": 60, "off_topic": 20, "follow_up": 160, "english": 20, "complaint": 20}
ASPECTS = {"cost", "documents", "steps", "online", "duration", "place", "validity", "penalty", "eligibility", "overview", "other"}
N = 6

def toks(s):
    return re.findall(r"[0-9a-z]+", s.lower())

def main():
    errors = []
    digest = open(DIGEST, encoding="utf-8").read()
    ids = set(re.findall(r"^# (\S+)\s*$", digest, flags=re.M))
    dt = toks(digest)
    grams = set(tuple(dt[i:i + N]) for i in range(len(dt) - N + 1))

    rows = []
    for n, line in enumerate(open(QFILE, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            errors.append(f"line {n}: empty line"); continue
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: does not parse ({e})"); continue
        if list(r.keys()) != FIELDS and set(r.keys()) != set(FIELDS):
            errors.append(f"line {n}: fields {list(r.keys())}")
            continue
        r["_n"] = n
        rows.append(r)

    for r in rows:
        n = r["_n"]
        if not isinstance(r["q"], str) or not r["q"].strip():
            errors.append(f"line {n}: empty q")
        if not isinstance(r["ids"], list) or not isinstance(r["new_ids"], list):
            errors.append(f"line {n}: ids/new_ids not lists")
            continue
        if r["new_ids"] != []:
            errors.append(f"line {n}: new_ids must be []")
        for i in r["ids"]:
            if i not in ids:
                errors.append(f"line {n}: unknown id {i}")
        if len(set(r["ids"])) != len(r["ids"]):
            errors.append(f"line {n}: repeated id")
        if r["group"] not in COUNTS:
            errors.append(f"line {n}: bad group {r['group']}")
        if r["aspect"] not in ASPECTS:
            errors.append(f"line {n}: bad aspect {r['aspect']}")
        if not r["need"].strip():
            errors.append(f"line {n}: empty need")
        if r["group"] in ("near_miss", "off_topic") and r["ids"]:
            errors.append(f"line {n}: {r['group']} must have ids []")
        if r["group"] in ("in_scope", "complaint") and not r["ids"]:
            errors.append(f"line {n}: {r['group']} should have ids")
        if r["group"] == "complaint" and "pengaduan-lapor" not in r["ids"]:
            errors.append(f"line {n}: complaint without pengaduan-lapor")
        if r["group"] == "follow_up":
            if not r["prev"].strip():
                errors.append(f"line {n}: follow_up without prev")
        elif r["prev"] != "":
            errors.append(f"line {n}: prev must be empty outside follow_up")
        for field in ("q", "prev"):
            t = toks(r[field])
            for i in range(len(t) - N + 1):
                if tuple(t[i:i + N]) in grams:
                    errors.append(f"line {n}: {field} copies 6-word run from digest: {' '.join(t[i:i+N])}")
                    break

    c = collections.Counter(r["group"] for r in rows)
    for g, k in COUNTS.items():
        if c[g] != k:
            errors.append(f"group {g}: {c[g]} rows, expected {k}")
    if len(rows) != sum(COUNTS.values()):
        errors.append(f"total rows {len(rows)}")

    def norm(s):
        return " ".join(toks(s))
    seen_q = collections.defaultdict(list)
    for r in rows:
        seen_q[norm(r["q"])].append(r["_n"])
    for q, ns in seen_q.items():
        if len(ns) > 1:
            errors.append(f"duplicate q on lines {ns}: {q}")
    seen_prev = collections.defaultdict(list)
    for r in rows:
        if r["group"] == "follow_up":
            seen_prev[norm(r["prev"])].append(r["_n"])
    for p, ns in seen_prev.items():
        if len(ns) > 1:
            errors.append(f"duplicate prev on lines {ns}: {p}")
    # a follow-up prev must not be identical to a standalone question either
    standalone = {norm(r["q"]) for r in rows}
    for r in rows:
        if r["group"] == "follow_up" and norm(r["prev"]) in standalone:
            errors.append(f"line {r['_n']}: prev duplicates a q")

    eng = [r for r in rows if r["group"] == "english"]
    covered = sum(1 for r in eng if r["ids"])
    if eng and not (0.7 <= covered / len(eng) <= 0.9):
        errors.append(f"english covered share {covered}/{len(eng)}")
    fu_empty = sum(1 for r in rows if r["group"] == "follow_up" and not r["ids"])
    if fu_empty > 10:
        errors.append(f"follow_up with ids []: {fu_empty} (max 10)")

    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"PASS: {len(rows)} rows, groups {dict(c)}, english covered {covered}/{len(eng)}, follow_up without ids {fu_empty}, ids known {len(ids)}")

if __name__ == "__main__":
    main()
