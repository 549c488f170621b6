#!/usr/bin/env bash
# Single-thread throughput of the statement extractor over the polnear-dev articles (plain javac, no Maven).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="${1:-$ROOT/../shared/eval/polnear-dev}"
CLASSES="${OUT_DIR:-$ROOT/target/extraction-eval}/classes"
. "$ROOT/bench/extraction/compile-core.sh"
compile_core "$CLASSES"
# The machine's load next to the figure: on a shared machine articles/s says little without it.
echo "load before: $(uptime)"
java -cp "$CLASSES" io.statements.extraction.core.ThroughputBenchmark "$DIR" "${WARMUP:-600}" "${PASSES:-60}"
echo "load after:  $(uptime)"
