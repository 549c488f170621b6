#!/usr/bin/env python3
"""Draw the documents of a hand-annotated names slice (see score_names.py), and check that the procedure reproduces
slices 3-19 with their seeds.

usage: draw_names_slice.py [SEED NEXT_SLICE]   (e.g. 2731 11: the documents a next slice would annotate)
Eligible: polnear-train articles with 4-9 quoted attributions (score_quotes.py's is_quoted over read_brat, first
annotator), not in an earlier slice; grouped by publisher (the file-name prefix before the first `_`), documents in
name order; one rng = random.Random(SEED) shared by the publishers, rng.sample(docs, 2) for each publisher in name
order (all a publisher has left when fewer: from slice 17 on, wash-post)."""
import importlib.util, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.environ.get("EVAL_DIR", os.path.join(HERE, "..", "..", "..", "shared", "eval"))
spec = importlib.util.spec_from_file_location("sq", os.path.join(EVAL, "score_quotes.py"))
sq = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sq)
SEEDS = {3: 1603, 4: 1735, 5: 1903, 6: 2212, 7: 2331, 8: 2419, 9: 2503, 10: 2617, 11: 2731, 12: 2851, 13: 2969, 14: 3089, 15: 3203, 16: 3301, 17: 3413, 18: 3529, 19: 3637}


def slice_docs(n):
    path = os.path.join(HERE, "names-train.jsonl" if n == 1 else f"names-train-{n}.jsonl")
    return {json.loads(line)["doc"] for line in open(path, encoding="utf-8")}


def draw(docs, seed, excluded):
    by_publisher = {}
    for name, (text, gold, _) in sorted(docs.items()):
        if name in excluded:
            continue
        quoted = sum(1 for g in gold if sq.is_quoted(text, g["content"]))
        if 4 <= quoted <= 9:
            by_publisher.setdefault(name.split("_")[0], []).append(name)
    rng = random.Random(seed)
    return [doc for publisher in sorted(by_publisher) for doc in rng.sample(by_publisher[publisher], min(2, len(by_publisher[publisher])))]


if __name__ == "__main__":
    docs = sq.load_gold(os.path.join(EVAL, "polnear-train"))
    for n, seed in SEEDS.items():
        excluded = set().union(*[slice_docs(k) for k in range(1, n)])
        same = set(draw(docs, seed, excluded)) == slice_docs(n)
        print(f"slice {n} (Random({seed})): {'reproduced' if same else 'DIFFERENT'}")
    if len(sys.argv) == 3:
        seed, nxt = int(sys.argv[1]), int(sys.argv[2])
        excluded = set().union(*[slice_docs(k) for k in range(1, nxt)])
        print("\n".join(draw(docs, seed, excluded)))
