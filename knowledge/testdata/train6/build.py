"""Assemble questions.jsonl from the hand-written rows in part1..part4 (blind set: only the digest was read)."""
import json, random, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import part1, part2, part3, part4

def tag(rows, group):
    out = []
    for r in rows:
        out.append({"q": r["q"], "ids": r["ids"], "new_ids": [], "group": group,
                    "need": r["need"], "aspect": r["aspect"],
                    "prev": r["prev"] if group == "follow_up" else ""})
    return out

rows = (tag(part1.ROWS + part2.ROWS, "in_scope") + tag(part3.ROWS, "near_miss")
        + tag(part4.OFF_TOPIC, "off_topic") + tag(part4.FOLLOW_UP, "follow_up")
        + tag(part4.ENGLISH, "english") + tag(part4.COMPLAINT, "complaint"))
random.Random(20261203).shuffle(rows)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows), "rows")
