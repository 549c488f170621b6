#!/usr/bin/env bash
# Score the statement extractor against the gold sets in ../shared/eval with ../shared/eval/score_quotes.py.
# Compiles only io.statements.extraction with plain javac (no Maven needed). Run from anywhere.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
EVAL="${EVAL_DIR:-$ROOT/../shared/eval}"
OUT="${OUT_DIR:-$ROOT/target/extraction-eval}"
CLASSES="$OUT/classes"
rm -rf "$CLASSES" && mkdir -p "$CLASSES"
# The extractor core is pure JDK; the REST classes beside it (Quarkus, Jackson, JPA) are left out.
CORE=$(grep -L -E '^import (jakarta|io\.quarkus|io\.vertx|io\.statements\.|com\.fasterxml|org\.eclipse)' \
    "$ROOT"/src/main/java/io/statements/extraction/*.java)
javac -encoding UTF-8 -d "$CLASSES" $CORE
run() { java -cp "$CLASSES" io.statements.extraction.EvaluationCli "$@"; }
run "$EVAL/seeds" "$OUT/seeds.jsonl" --granularity statement
run "$EVAL/polnear-dev" "$OUT/polnear-dev.jsonl" --granularity attribution
echo "== seeds (subset quoted)"
python3 "$EVAL/score_quotes.py" "$EVAL/seeds" "$OUT/seeds.jsonl"
echo "== polnear-dev --subset quoted"
python3 "$EVAL/score_quotes.py" "$EVAL/polnear-dev" "$OUT/polnear-dev.jsonl" --subset quoted
echo "== polnear-dev --subset all"
python3 "$EVAL/score_quotes.py" "$EVAL/polnear-dev" "$OUT/polnear-dev.jsonl" --subset all
