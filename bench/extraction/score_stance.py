#!/usr/bin/env python3
"""Score the suggested stance and stance target of extracted statements against the seeds' gold.

usage: score_stance.py GOLD_DIR PREDICTIONS.jsonl
The predictions are the seeds file bench/extraction/evaluate.sh writes (one entry per segment, with the statement's
"stance" and "stance_target"). Gold statements are matched to predicted segments as score_quotes.py matches them
(30 % coverage, one to one). Prints, over matched pairs: how many got a suggestion (coverage), the accuracy of the
suggested stance, and of stance + target (the target counts when, lower-cased and without articles, one name
contains the other: "Assad regime" ~ "Assad", but "Israeli Air Force" is not "Israel")."""
import importlib.util, json, os, sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("sq", os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])), "score_quotes.py"))
sq = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sq)

gold_dir, pred_path = sys.argv[1], sys.argv[2]
docs = sq.load_gold(gold_dir)
raw = {}
for name in os.listdir(gold_dir):
    if name.endswith(".jsonl"):
        raw[name[:-6] + ".txt"] = [json.loads(l) for l in open(os.path.join(gold_dir, name), encoding="utf-8")]
preds = defaultdict(list)
for line in open(pred_path, encoding="utf-8"):
    r = json.loads(line)
    preds[r["doc"]].extend(r["quotes"])

matched = suggested = stance_ok = both_ok = 0
wrong = []
for doc, (text, gold, kind) in docs.items():
    ps = preds.get(doc, [])
    pairs = []
    for gi, g in enumerate(gold):
        gl = sq.length(g["content"]) or 1
        for pi, p in enumerate(ps):
            ov = sq.overlap(g["content"], p["content"]["start"], p["content"]["end"])
            if ov / gl >= 0.3:
                pairs.append((ov, gi, pi))
    used_g, used_p = set(), set()
    for ov, gi, pi in sorted(pairs, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi); used_p.add(pi); matched += 1
        g, p = raw[doc][gi], ps[pi]
        if not p.get("stance"):
            continue
        suggested += 1
        if p["stance"].lower() == g["stance"].lower():
            stance_ok += 1
            a, b = sq.norm(p.get("stance_target") or ""), sq.norm(g["target"])
            if a and (a in b or b in a):
                both_ok += 1
                continue
        wrong.append(f"  {p['stance']} -> {p.get('stance_target')} ({p.get('stance_evidence')}); gold {g['stance']} -> {g['target']}")

def ratio(a, b):
    return f"{a / b:.3f}" if b else "n/a"

print(f"matched statements {matched}  with a suggested stance {suggested} (coverage {ratio(suggested, matched)})")
print(f"stance accuracy {ratio(stance_ok, suggested)} ({stance_ok}/{suggested})  "
      f"stance + target accuracy {ratio(both_ok, suggested)} ({both_ok}/{suggested})")
for w in wrong:
    print(w)
