"""Session n61e: list predicted speaker names that look like a person's and whose first word is a title word
(TitleWords) or a word the same article writes in lower case, to see which paths leave words before a name.
usage: title_prefix_diag.py PREDICTIONS.jsonl TEXTS_DIR   (open sets and PolNeAR only; read the output, judge by text)"""
import collections
import json
import os
import re
import sys

SRC = os.path.join(os.path.dirname(__file__), '../../src/main/java/io/statements/extraction/core/TitleWords.java')
titles = set(re.search(r'"""(.*?)"""', open(SRC).read(), re.S).group(1).split())
pred, tdir = sys.argv[1], sys.argv[2]
cnt=collections.Counter()
for line in open(pred):
    d = json.loads(line)
    try: text=open(f"{tdir}/{d['doc']}",encoding='utf-8').read()
    except Exception: continue
    lowwords=set(m.group(0) for m in re.finditer(r"(?<![.!?\"“]\s)(?<=\s)[a-z][a-z-]+",text))
    seen=set()
    for q in d['quotes']:
        n=q.get('speaker_name')
        if not n or n in seen: continue
        seen.add(n)
        w=n.split()
        if len(w)<2: continue
        ORG={'committee','party','house','association','department','council','board','ministry','court','commission','agency','office','news','times','post','university','union','bank','group','institute','center','centre','foundation','service','police','force','league','federation','organization','organisation','corp','inc','company','network','times','journal','press','media','officials','campaign','senate','congress','administration','state','states','nations','fund','church','club','society','trust','team','network'}
        if not all(x[:1].isupper() for x in w) or any(x.lower().strip('.,') in ORG for x in w[1:]): continue
        first=w[0]
        fl=first.lower().rstrip('.')
        why=[]
        if fl in titles or first.lower() in titles: why.append('TITLE')
        if fl in lowwords: why.append('LOWER')
        if why:
            cnt[first]+=1
            print(f"{'+'.join(why):12} {d['doc'][:45]:45} {n!r:40} mention={q.get('mention')!r} sieve={q['sieve']}")
print(cnt.most_common(60),file=sys.stderr)
