#!/usr/bin/env python3
"""Session n65a diagnostic: every quote of a gold set whose predicted mention is `he`/`she`, with the rule of
PronounResolver that chose its name, the last speaker, the last person named and the persons named before it
(PronounTraceCli's trace); `--wrong` only those whose name the gold does not accept, with the sentence around.

usage: pronoun_trace.py SET_DIR PREDICTIONS.jsonl TRACE.tsv [--wrong] [--context]
  (open news sets only, or a PolNeAR split with --names SLICE.jsonl: not slices 13 and 19)
"""
import json, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_news import right, load_gold  # noqa: E402


def main():
    set_dir, pred, trace = sys.argv[1:4]
    wrong_only = "--wrong" in sys.argv
    ctx = "--context" in sys.argv
    traces = {}
    for line in open(trace, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        traces[(f[0], int(f[1]))] = f[2:]
    preds = {}
    for line in open(pred, encoding="utf-8"):
        r = json.loads(line)
        preds[r["doc"]] = r["quotes"]
    by_rule, bad_rule = Counter(), Counter()
    for g in load_gold(set_dir):
        qs = preds.get(g["doc"], [])
        best, cov = None, 0
        for q in qs:
            c = q["content"]
            o = min(c["end"], g["end"]) - max(c["start"], g["start"])
            if o > cov:
                best, cov = q, o
        if not best or cov < 0.3 * (g["end"] - g["start"]):
            continue
        m = (best.get("mention") or "").lower()
        if m not in ("he", "she"):
            continue
        t = traces.get((g["doc"], best["speaker"]["start"]))
        rule = t[0] if t else "?"
        ok = right(g, best.get("speaker_name"))
        by_rule[rule] += 1
        if not ok:
            bad_rule[rule] += 1
        if wrong_only and ok:
            continue
        print(f"{'ok ' if ok else 'BAD'} {g['doc']} @{g['start']} {m} [{best['sieve']}] rule={rule} got={best.get('speaker_name')!r}"
              f" gold={g.get('speaker')!r}")
        if t:
            print(f"    last speaker={t[2]!r} last named={t[3]!r}\n    cands: {t[4][:400]}")
        if ctx:
            text = open(os.path.join(set_dir, "texts", g["doc"]), encoding="utf-8").read()
            s = best["speaker"]["start"]
            print("    ..." + text[max(0, s - 700):s + 60].replace("\n", " / ") + "...")
    print("by rule (all / wrong):", {r: (by_rule[r], bad_rule[r]) for r in by_rule})


if __name__ == "__main__":
    main()
