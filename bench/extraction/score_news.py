#!/usr/bin/env python3
"""Name-level speaker accuracy on hand-annotated real multi-outlet news (issue 12's second held-out set).

usage:
  score_news.py --check SET_DIR                      validate a set's gold before anyone scores it
  score_news.py SET_DIR PREDICTIONS.jsonl [--misses] [--families] [--strict] [--shapes] [--crossed] [--prefixes]

--shapes counts what kind of wrong name each miss got; --crossed also counts each miss by (shape, family, deciding
sieve, form of the mention: pronoun / description / capitalised / lower-case). Both read names only, never text, so
they may be run on held-out sets.

A set is a folder outside the repository (third-party text, bench/extraction/news.md): texts/*.txt and gold.jsonl,
one quote a line: {"doc", "start", "end" (code points of the quoted stretch with its marks), "speaker" (the name
as the text gives it most fully, or null when the text never names the speaker), "accept" (other right forms),
"kind" (PERSON / ORGANIZATION / GROUP), "family" (how the text attributes the quote at that spot)}.
PREDICTIONS is EvaluationCli's output over texts/ (exactly what POST /extractions returns, --spans content).

A gold quote is matched to the predicted statement whose content covers the most of it (at least 30 %). The name is
right when, after normalising case, punctuation, a leading article and honorifics, it equals the speaker or an
accepted form, or (persons) is a shorter form keeping the last word ("Rubio" for "Marco Rubio"). A quote whose
speaker the text never names is right when no name is given or the name is a description (its last word in lower
case: "airline spokeswoman"), the issue's fallback for a title nobody holds, or an accepted form (`--strict`: only a description without a capitalised word, the rule before session lead57). Quotes no
statement covers count in the "of all" figure only.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

FAMILIES = ["name", "surname", "pronoun", "title", "organisation", "document", "continuation", "headline",
            "unnamed", "other"]
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "professor", "lord", "lady", "rev", "mx"}
OPEN_MARKS = "\"'“‘«„‚‹”’"  # some pages open with a closing mark
CLOSE_MARKS = "\"'”’»“‛›"


def norm(name):
    if not name:
        return ""
    s = re.sub(r"[^\w\s-]", " ", name.lower()).replace("-", " ")
    words = s.split()
    if words and words[0] == "the":
        words = words[1:]
    while words and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def is_description(name):
    words = re.findall(r"[^\W\d_][\w'-]*", name or "")
    return bool(words) and words[-1][0].islower()


STRICT = False  # --strict: an unnamed speaker is right only with no name or a description without any capital


def right(gold, predicted):
    forms = {norm(f) for f in [gold.get("speaker")] + list(gold.get("accept") or []) if f}
    p = norm(predicted)
    described = is_description(predicted) and not (STRICT and re.search(r"\b[A-Z]", predicted))
    if gold.get("speaker") is None and (not p or described):
        return True
    if not p:
        return False
    if p in forms:
        return True
    if gold.get("kind", "PERSON") == "PERSON" and gold.get("speaker"):
        g = norm(gold["speaker"]).split()
        pw = p.split()
        return len(pw) < len(g) and g[-len(pw):] == pw and len(pw[-1]) > 1
    return False


def load_gold(set_dir):
    rows = []
    with open(Path(set_dir) / "gold.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                row = json.loads(line)
                row["_line"] = n
                rows.append(row)
    return rows


def check(set_dir):
    texts = {}
    problems = []
    for row in load_gold(set_dir):
        where = f"gold.jsonl:{row['_line']}"
        doc = Path(set_dir) / "texts" / row.get("doc", "")
        if not doc.is_file():
            problems.append(f"{where}: no text {row.get('doc')}")
            continue
        text = texts.setdefault(doc, doc.read_text(encoding="utf-8"))
        s, e = row.get("start"), row.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            problems.append(f"{where}: offsets {s}..{e} outside 0..{len(text)}")
            continue
        if text[s] not in OPEN_MARKS or text[e - 1] not in CLOSE_MARKS:
            problems.append(f"{where}: {text[s:e][:30]!r}...{text[e - 30:e]!r} does not run from mark to mark")
        if row.get("family") not in FAMILIES:
            problems.append(f"{where}: family {row.get('family')!r} not one of {FAMILIES}")
        if row.get("kind") not in ("PERSON", "ORGANIZATION", "GROUP"):
            problems.append(f"{where}: kind {row.get('kind')!r}")
        for form in [row.get("speaker")] + list(row.get("accept") or []):
            if form and norm(form) not in norm(text):
                problems.append(f"{where}: accepted form {form!r} is not in the text")
    rows = load_gold(set_dir)
    print(f"{set_dir}: {len(rows)} quotes in {len({r.get('doc') for r in rows})} texts; "
          f"{len(problems)} problems; families {dict(Counter(r.get('family') for r in rows))}")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


def shape(gold, predicted, speakers):
    """What kind of wrong name a miss got, from the names alone (held-out sets: counts, never text)."""
    if not predicted:
        return "no name"
    if is_description(predicted):
        return "description"
    p = norm(predicted).split()
    for form in [gold.get("speaker")] + list(gold.get("accept") or []):
        g = norm(form).split() if form else []
        if g and len(p) > len(g) and p[-len(g):] == g:
            return "the name with words before it"
        if g and (" ".join(g) in " ".join(p) or " ".join(p) in " ".join(g)):
            return "another form of the name"
    return "another speaker of the text" if norm(predicted) in speakers else "another name"


PRONOUNS = {"he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "him", "them", "our", "my"}


def mention_class(mention):
    """The form of the mention a statement was attributed to, without its words (held-out sets: counts only)."""
    words = (mention or "").split()
    if not words:
        return "no mention"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words[0].lower() in {"the", "a", "an", "this", "that"} | PRONOUNS:
        return "description"
    return "capitalised" if words[0][:1].isupper() else "lower-case"


def prefix_classes(text, extra, short):
    """What the words glued before a name are, as classes only (held-out sets: the words themselves are never shown):
    the kind of each word and whether the article writes it in lower case, on its own, or the name without it."""
    import re
    out = []
    for w in extra:
        bare = w.rstrip(".,").removesuffix("'s").removesuffix("’s")
        if len(bare) >= 2 and bare.isupper() and bare.isalpha():
            k = "acronym"
        elif "-" in bare:
            k = "hyphenated"
        elif w.endswith("."):
            k = "abbreviation"
        elif bare != w.rstrip(".,"):
            k = "possessive"
        elif bare[:1].isupper():
            k = "capitalised"
        else:
            k = "lower-case"
        if bare and re.search(r"\b" + re.escape(bare.lower()) + r"\b", text) and bare.lower() != bare:
            k += "+lower-elsewhere"
        out.append(k)
    alone = text.count(short) > text.count(" ".join(extra) + " " + short) if short else False
    run = " ".join(extra) + " " + short
    before = set()
    for m in re.finditer(re.escape(run), text):
        head = text[:m.start()].rstrip(" ")
        last = head.split()[-1].lower() if head.split() else ""
        before.add("text start" if not head else "paragraph start" if text[m.start() - 1] == "\n"
                   else "after a sentence end" if head[-1] in ".!?\"\u201d" else "after 'the'" if last == "the"
                   else "after a possessive" if last.endswith(("'s", "\u2019s")) else "after a comma" if head[-1] == ","
                   else "after a capitalised word" if last[:1] != head.split()[-1][:1] else "after a lower-case word")
    return (f"{len(extra)} word(s): " + ", ".join(out) + ("; short form alone in text" if alone else "; never alone")
            + "; run " + "/".join(sorted(before)))


def score(set_dir, predictions, show_misses, show_families, shapes=None, crossed=None, prefixes=None):
    preds = defaultdict(list)
    with open(predictions, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                preds[d["doc"]] = d["quotes"]
    total = matched = ok = 0
    fam = defaultdict(lambda: [0, 0, 0])  # all, matched, right
    misses = []
    gold = load_gold(set_dir)
    spoken = defaultdict(set)  # every name that speaks in a text, for --shapes: read once, not once a miss
    for o in gold:
        spoken[o["doc"]].update(norm(x) for x in [o.get("speaker")] + list(o.get("accept") or []) if x)
    for g in gold:
        total += 1
        f = fam[g.get("family", "other")]
        f[0] += 1
        length = g["end"] - g["start"]
        best, best_overlap = None, 0
        for p in preds.get(g["doc"], []):
            ov = min(g["end"], p["content"]["end"]) - max(g["start"], p["content"]["start"])
            if ov > best_overlap:
                best, best_overlap = p, ov
        if best is None or best_overlap < 0.3 * length:
            misses.append((g, None))
            continue
        matched += 1
        f[1] += 1
        if right(g, best.get("speaker_name")):
            ok += 1
            f[2] += 1
        else:
            misses.append((g, best))
            if shapes is not None:
                kind = shape(g, best.get("speaker_name"), spoken[g["doc"]])
                shapes[kind] += 1
                if crossed is not None:
                    crossed[(kind, g.get("family", "other"), best.get("sieve") or "-",
                             mention_class(best.get("mention")))] += 1
                if prefixes is not None and kind == "the name with words before it":
                    text = (Path(set_dir) / "texts" / g["doc"]).read_text(encoding="utf-8")
                    got, short = best.get("speaker_name").split(), None
                    for form in [g.get("speaker")] + list(g.get("accept") or []):
                        n = len(form.split()) if form else 0
                        if n and len(got) > n and norm(" ".join(got[-n:])) == norm(form):
                            short = " ".join(got[-n:])
                            break
                    if short:  # counted by quote, and by person (a name in one text) after the bar
                        key = prefix_classes(text, got[:len(got) - len(short.split())], short)
                        prefixes[key] += 1
                        prefixes[(key, g["doc"].split("-")[0], short)] += 0
    name = Path(set_dir).name
    print(f"{name}: names right {ok} of {matched} matched = {ok / max(matched, 1):.3f}; "
          f"of all {total}: {ok / max(total, 1):.3f}")
    if show_families:
        for k in FAMILIES:
            if k in fam:
                a, m, r = fam[k]
                print(f"  {name} family {k}: {r} of {a} ({r / a:.3f}); matched {m}")
    if show_misses:
        texts = {}
        for g, p in misses:
            text = texts.setdefault(g["doc"], (Path(set_dir) / "texts" / g["doc"]).read_text(encoding="utf-8"))
            q = text[g["start"]:g["end"]]
            got = "NOT EXTRACTED" if p is None else f"{p.get('speaker_name')!r} (mention {p.get('mention')!r}, " \
                                                   f"sieve {p.get('sieve')})"
            print(f"  MISS {g['doc']}:{g['start']} [{g.get('family')}] gold {g.get('speaker')!r} got {got}: "
                  f"{q[:70]!r}")
    return ok, matched, total


def main(argv):
    if len(argv) == 3 and argv[1] == "--check":
        return check(argv[2])
    if len(argv) < 3:
        print(__doc__)
        return 2
    global STRICT
    STRICT = "--strict" in argv
    shapes = Counter() if "--shapes" in argv or "--crossed" in argv else None
    crossed = Counter() if "--crossed" in argv else None
    prefixes = Counter() if "--prefixes" in argv else None
    if prefixes is not None and shapes is None:
        shapes = Counter()
    score(argv[1], argv[2], "--misses" in argv, "--families" in argv, shapes, crossed, prefixes)
    if shapes is not None:
        print(f"  {Path(argv[1]).name} shapes of the misses: {dict(shapes.most_common())}")
    for key, n in (crossed or Counter()).most_common():
        print(f"  {Path(argv[1]).name} crossed {n} | " + " | ".join(key))
    for key, n in (prefixes or Counter()).most_common():
        if isinstance(key, str):
            people = sum(1 for k in prefixes if isinstance(k, tuple) and k[0] == key)
            print(f"  {Path(argv[1]).name} prefix {n} quotes, {people} people | {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
