#!/usr/bin/env bash
# Same-JVM interleaved A/B of the extractor core at a git revision (old) against the working tree (new), over the
# polnear-dev articles: bench/extraction/ab.sh [OLD_REV=HEAD~1]; env WARMUP (20), PASSES (40), DIR.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
REV="${1:-HEAD~1}"
DIR="${DIR:-$ROOT/../shared/eval/polnear-dev}"
OUT="${OUT_DIR:-$ROOT/target/extraction-ab}"
rm -rf "$OUT" && mkdir -p "$OUT/old-src" "$OUT/old" "$OUT/new"
git -C "$ROOT" archive "$REV" src/main/java/io/statements/extraction/core | tar -x -C "$OUT/old-src"
javac -encoding UTF-8 -d "$OUT/old" "$OUT"/old-src/src/main/java/io/statements/extraction/core/*.java
javac -encoding UTF-8 -d "$OUT/new" "$ROOT"/src/main/java/io/statements/extraction/core/*.java
echo "old: $REV ($(git -C "$ROOT" rev-parse --short "$REV")), new: working tree; load before: $(uptime)"
java "$ROOT/bench/extraction/InterleavedAB.java" "$DIR" "$OUT/old" "$OUT/new" "${WARMUP:-20}" "${PASSES:-40}"
echo "load after:  $(uptime)"
