#!/usr/bin/env bash
# Single-thread throughput of the statement extractor over the polnear-dev articles (plain javac, no Maven).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="${1:-$ROOT/../shared/eval/polnear-dev}"
CLASSES="${OUT_DIR:-$ROOT/target/extraction-eval}/classes"
rm -rf "$CLASSES" && mkdir -p "$CLASSES"
# The extractor core is pure JDK; the REST classes beside it (Quarkus, Jackson, JPA) are left out.
CORE=$(grep -L -E '^import (jakarta|io\.quarkus|io\.vertx|io\.statements\.|com\.fasterxml|org\.eclipse)' \
    "$ROOT"/src/main/java/io/statements/extraction/*.java)
javac -encoding UTF-8 -d "$CLASSES" $CORE
java -cp "$CLASSES" io.statements.extraction.ThroughputBenchmark "$DIR" "${WARMUP:-5}" "${PASSES:-10}"
