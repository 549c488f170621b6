#!/usr/bin/env python3
"""Session n62b diagnostic: on the hand-annotated names slices (not 13 and 19, held out), the quoted attributions
whose predicted mention is a pronoun or a title alone (`he`, `the minister`) and whose resolved name is not one the
slice accepts, with the sentence before the mention, to read the failing mechanism (an object, a possessive, a
relative clause taken over the subject that spoke; a title given to another holder).

usage: pronoun_title_misses.py GOLD_DIR PREDICTIONS.jsonl   (e.g. ../shared/eval/polnear-train /tmp/x/polnear-train.jsonl)
"""
import glob, json, os, re, sys

PRONOUNS = {"he", "she", "they", "it", "his", "her"}
HELD_OUT = {"names-train-13.jsonl", "names-train-19.jsonl"}


def same(a, b):
    if not a or not b:
        return False
    a, b = a.lower(), b.lower()
    return a == b or a.split()[-1] == b.split()[-1] and (a in b or b in a)


def main():
    gold_dir, pred = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    preds = {}
    for line in open(pred, encoding="utf-8"):
        r = json.loads(line)
        preds[r["doc"]] = r["quotes"]
    n = shown = 0
    for path in sorted(glob.glob(os.path.join(here, "names-train*.jsonl"))):
        if os.path.basename(path) in HELD_OUT:
            continue
        for line in open(path, encoding="utf-8"):
            g = json.loads(line)
            best, cover = None, 0
            for q in preds.get(g["doc"], []):
                c = min(g["end"], q["content"]["end"]) - max(g["start"], q["content"]["start"])
                if c > cover:
                    best, cover = q, c
            if best is None or cover < 0.3 * (g["end"] - g["start"]):
                continue
            m = (best.get("mention") or "").strip()
            words = m.lower().split()
            alone = words and (m.lower() in PRONOUNS or words[0] in ("the", "a") and len(words) <= 3
                               and not any(w[:1].isupper() for w in m.split()[1:]))
            if not alone:
                continue
            n += 1
            if any(same(best.get("speaker_name"), a) for a in g["accept"]):
                continue
            shown += 1
            text = open(os.path.join(gold_dir, g["doc"]), encoding="utf-8").read()
            s = best["speaker"]["start"]
            ctx = re.sub(r"\s+", " ", text[max(0, s - 400):s + 80])
            print(f"{os.path.basename(path)} {g['doc']} {g['start']}: mention {m!r} got {best.get('speaker_name')!r} "
                  f"gold {g['accept']} ({best['sieve']})\n    ...{ctx}\n")
    print(f"{shown} wrong of {n} pronoun/title-alone mentions matched", file=sys.stderr)


if __name__ == "__main__":
    main()
