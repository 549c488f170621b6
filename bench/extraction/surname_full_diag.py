"""Session n63a: list PERSON-like speaker names reached by a surname mention (`Smith said`, `Mr. Smith`) whose full
form has more than two words, with the text around the full form's first occurrence, to see which leading words the
name index keeps (`Health Minister Jane Smith`). usage: surname_full_diag.py PREDICTIONS.jsonl TEXTS_DIR
(open sets and PolNeAR only; read the output, judge by text)"""
import json
import re
import sys

HONORIFICS = {'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'miss', 'prof', 'prof.'}
pred, tdir = sys.argv[1], sys.argv[2]
for line in open(pred):
    d = json.loads(line)
    try:
        text = open(f"{tdir}/{d['doc']}", encoding='utf-8').read()
    except OSError:
        continue
    seen = set()
    for q in d['quotes']:
        n, m = q.get('speaker_name'), q.get('mention')
        if not n or not m or (n, m) in seen:
            continue
        mw = [w for w in re.sub(r"['’]s$", '', m).split() if w.lower() not in HONORIFICS]
        nw = n.split()
        if not mw or len(mw) > 1 or len(nw) < 3 or not mw[0][:1].isupper() or nw[-1] != mw[0]:
            continue
        seen.add((n, m))
        i = text.find(n)
        ctx = text[max(0, i - 60):i + len(n) + 30].replace('\n', ' ') if i >= 0 else '?'
        print(f"{d['doc'][:40]:40} {n!r:38} mention={m!r:16} {q['sieve']:14} | {ctx}")
