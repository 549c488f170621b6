#!/usr/bin/env bash
# Linking at scale: loads N statements (default 1,000,000; 2,000 speakers, random texts over 180 days, 1 in 10 a
# partial re-report of an earlier one) straight into a fresh embedded PostgreSQL, then
#  1. times the re-link command over all of them (target: 1M in under 10 minutes on the 2-core machine);
#  2. measures single POST /statements latency with linking on and off (target: linking adds under 5 ms).
# Usage: bench/linking/scale.sh [statements]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
N="${1:-1000000}"
WORK="$ROOT/target/bench-linking-scale"
HTTP_PORT="${BENCH_HTTP_PORT:-18495}"
DB_PORT="${BENCH_DB_PORT:-54495}"
cd "$ROOT"
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "${REBUILD:-}" ]; then
  ./mvnw -q package -DskipTests
fi
rm -rf "$WORK" && mkdir -p "$WORK"
PID=
start() {
  STATEMENTS_DATA_DIR="$WORK/data" STATEMENTS_EMBEDDED_DB_PORT="$DB_PORT" QUARKUS_HTTP_PORT="$HTTP_PORT" \
    STATEMENTS_LINKING_ENABLED="$1" java -Xmx1g -jar target/quarkus-app/quarkus-run.jar >>"$WORK/service.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 180); do
    curl -fs "http://localhost:$HTTP_PORT/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 $PID 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
    sleep 1
  done
}
stop() { kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; PID=; }
trap 'stop' EXIT
start true
CP="$(ls target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)"
JDBC="jdbc:postgresql://localhost:$DB_PORT/postgres"
echo "== Loading $N statements"
java -cp "$CP" bench/linking/ScaleBench.java load "$JDBC" "$N"
echo "== Re-link command over all of them"
T0=$(date +%s)
QUARKUS_DATASOURCE_JDBC_URL="$JDBC" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' io.statements.utterance.RelinkCommand --restart \
  | awk 'NR % 20 == 0 || /done/'
T1=$(date +%s)
echo "   re-link: $N statements in $((T1 - T0)) s (target: 1,000,000 in under 600 s)"
echo "== Single creates, linking on"
java -cp "$CP" bench/linking/ScaleBench.java creates "http://localhost:$HTTP_PORT" on
stop
start false
echo "== Single creates, linking off"
java -cp "$CP" bench/linking/ScaleBench.java creates "http://localhost:$HTTP_PORT" off
