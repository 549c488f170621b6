#!/usr/bin/env bash
# Linking evaluation: stores the gold sets through the API of the packaged service (fresh embedded PostgreSQL under
# target/bench-linking) and prints pairwise precision/recall/F1 over cross-article pairs and B-cubed F1, for gold
# stored directly (POST /statements) and end to end (POST /articles).
# Gold: ../shared/eval/seeds (read here, never copied into the repository) and bench/linking/fixtures.jsonl.
# Usage: bench/linking/run.sh [seeds-dir]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SEEDS="${1:-$ROOT/../shared/eval/seeds}"
WORK="$ROOT/target/bench-linking"
HTTP_PORT="${BENCH_HTTP_PORT:-18490}"
DB_PORT="${BENCH_DB_PORT:-54490}"
cd "$ROOT"
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "${REBUILD:-}" ]; then
  ./mvnw -q package -DskipTests
fi
rm -rf "$WORK" && mkdir -p "$WORK"
# an admin key for this run only (the service refuses anonymous writes)
export BENCH_API_KEY="stmt_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
STATEMENTS_AUTH_BOOTSTRAP_ADMIN_KEY="$BENCH_API_KEY" STATEMENTS_DATA_DIR="$WORK/data" STATEMENTS_EMBEDDED_DB_PORT="$DB_PORT" QUARKUS_HTTP_PORT="$HTTP_PORT" \
  java ${BENCH_JAVA_OPTS:--Xmx1g} -jar target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$HTTP_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $PID 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
  sleep 1
done
CP="$(ls target/quarkus-app/lib/main/com.fasterxml.jackson.core.jackson-*.jar | tr '\n' ':')"
java -cp "$CP" bench/linking/LinkingBench.java "http://localhost:$HTTP_PORT" "$SEEDS" bench/linking/fixtures.jsonl
