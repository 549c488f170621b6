#!/usr/bin/env bash
# Score the statement extractor against the gold sets in ../shared/eval with ../shared/eval/score_quotes.py.
# Compiles only io.statements.extraction with plain javac (no Maven needed). Run from anywhere.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
EVAL="${EVAL_DIR:-$ROOT/../shared/eval}"
OUT="${OUT_DIR:-$ROOT/target/extraction-eval}"
CLASSES="$OUT/classes"
rm -rf "$CLASSES" && mkdir -p "$CLASSES"
javac -encoding UTF-8 -d "$CLASSES" "$ROOT"/src/main/java/io/statements/extraction/*.java
run() { java -cp "$CLASSES" io.statements.extraction.EvaluationCli "$@"; }
run "$EVAL/seeds" "$OUT/seeds.jsonl" --granularity statement
run "$EVAL/polnear-dev" "$OUT/polnear-dev.jsonl" --granularity attribution
echo "== seeds (subset quoted)"
python3 "$EVAL/score_quotes.py" "$EVAL/seeds" "$OUT/seeds.jsonl"
echo "== polnear-dev --subset quoted"
python3 "$EVAL/score_quotes.py" "$EVAL/polnear-dev" "$OUT/polnear-dev.jsonl" --subset quoted
echo "== polnear-dev --subset all"
python3 "$EVAL/score_quotes.py" "$EVAL/polnear-dev" "$OUT/polnear-dev.jsonl" --subset all
