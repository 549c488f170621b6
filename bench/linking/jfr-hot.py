#!/usr/bin/env python3
"""Hot methods of a Java Flight Recording: self and inclusive shares of the execution samples (JDK 17 has no
`jfr view`). Usage: bench/linking/jfr-hot.py FILE [TOP=30] [METHOD: only samples with it on the stack]
e.g. bench/linking/jfr-hot.py target/bench-linking-cost/creates.jfr 20 UtteranceLinker.link"""
import json, subprocess, sys, collections
f = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
filt = sys.argv[3] if len(sys.argv) > 3 else None
out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample", f],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]
selfc, incl = collections.Counter(), collections.Counter()
n = 0
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    names = [fr["method"]["type"]["name"].split(".")[-1] + "." + fr["method"]["name"] for fr in frames]
    if filt and not any(filt in x for x in names):
        continue
    n += 1
    if names:
        selfc[names[0]] += 1
    for x in set(names):
        incl[x] += 1
print(f"{n} samples" + (f" with {filt} on the stack" if filt else ""))
print("-- self")
for m, c in selfc.most_common(top):
    print(f"{100*c/n:5.1f}% {m}")
print("-- inclusive")
for m, c in incl.most_common(top * 2):
    print(f"{100*c/n:5.1f}% {m}")
