#!/usr/bin/env python3
"""Print false negatives, false positives and wrong speakers of a predictions file against a gold folder.

usage: debug_misses.py GOLD_DIR PRED.jsonl [--subset quoted|all] [--only fn|fp|sp] [--threshold 0.3]
Uses ../shared/eval/score_quotes.py for gold loading and matching rules."""
import argparse, importlib.util, json, os, sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
scorer = os.path.join(here, "..", "..", "..", "shared", "eval", "score_quotes.py")
spec = importlib.util.spec_from_file_location("sq", scorer)
sq = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sq)

ap = argparse.ArgumentParser()
ap.add_argument("gold"); ap.add_argument("pred")
ap.add_argument("--subset", default="quoted"); ap.add_argument("--only", default="")
ap.add_argument("--threshold", type=float, default=0.3)
a = ap.parse_args()
docs = sq.load_gold(a.gold)
preds = defaultdict(list)
for line in open(a.pred, encoding="utf-8"):
    r = json.loads(line); preds[r["doc"]].extend(r["quotes"])
cut = lambda t, s, e: t[s:e].replace("\n", " | ")[:160]
for doc, (text, gold, kind) in docs.items():
    if a.subset == "quoted" and kind == "brat":
        gold = [g for g in gold if sq.is_quoted(text, g["content"])]
    ps = preds.get(doc, [])
    if a.subset == "quoted":
        ps = [p for p in ps if sq.is_quoted(text, [(p["content"]["start"], p["content"]["end"])])]
    pairs = []
    for gi, g in enumerate(gold):
        gl = sq.length(g["content"]) or 1
        for pi, p in enumerate(ps):
            ov = sq.overlap(g["content"], p["content"]["start"], p["content"]["end"])
            if ov / gl >= a.threshold:
                pairs.append((ov, gi, pi))
    ug, up = {}, {}
    for ov, gi, pi in sorted(pairs, reverse=True):
        if gi in ug or pi in up: continue
        ug[gi] = pi; up[pi] = gi
    for gi, g in enumerate(gold):
        src = g.get("source")
        srct = " | ".join(text[s:e] for s, e in src) if src else g.get("accept")
        if gi not in ug and a.only in ("", "fn"):
            print(f"FN {doc[:30]} [{srct}] {' | '.join(cut(text, s, e) for s, e in g['content'])}")
        elif gi in ug and a.only in ("", "sp"):
            p = ps[ug[gi]]
            if sq.speaker_ok(g, p, text) is False:
                print(f"SP {doc[:30]} gold [{srct}] pred [{p.get('mention')}|{p.get('speaker_name')}] cue<{p.get('cue')}> {cut(text, p['content']['start'], p['content']['end'])[:100]}")
    for pi, p in enumerate(ps):
        if pi not in up and a.only in ("", "fp"):
            print(f"FP {doc[:30]} [{p.get('mention')}|{p.get('speaker_name')}] <{p.get('cue')}> {cut(text, p['content']['start'], p['content']['end'])}")
