#!/usr/bin/env bash
# What linking costs, as ratios against baselines measured in the same run on the same database:
#  1. bulk import (POST /statements/bulk) with linking on vs off, alternating rounds, and vs COPY of the same rows;
#  2. N statements loaded by COPY (one speaker per 500 statements, as at 1M with 2,000 speakers), then the re-link
#     command over all of them: its rate, extrapolated to 1,000,000;
#  3. single POST /statements at that size, alternately with linking on and off: the latency linking adds.
# Two services share one embedded PostgreSQL (fresh, under target/bench-linking-cost): ON (linking on, the default)
# and OFF (STATEMENTS_LINKING_ENABLED=false).
# Usage: bench/linking/cost.sh [N statements for steps 2-3, default 200000] [bulk rounds, default 4] [lines a round, default 5000]
# BENCH_JFR=1: the re-link command and the ON service during steps 1 and 3 record Java Flight Recordings
#   (target/bench-linking-cost/relink.jfr, bulk.jfr, creates.jfr; read with bench/linking/jfr-hot.py FILE).
# BENCH_RELINK_BASELINE=DIR: step 2 first runs the re-link command of another build (a quarkus-app directory, e.g. a
#   copy of main's) over the same statements, then this build's, each from the same state (every statement its own
#   utterance, no stored words or embeddings); both runs' groupings are compared statement by statement (the same
#   grouping: "0 statements grouped differently"). BENCH_RELINK_BATCH: the commands' --batch (default 5000).
# BENCH_SEED: the seed of step 3's statements (default 5); CostBench.java creates can then run again on the same database.
# BENCH_REUSE=1: keep the database a previous run left in target/bench-linking-cost/data and run step 3 only (loading
#   1M statements takes a quarter of an hour; a database of an older build is migrated when the services start).
#   With BENCH_REUSE, BENCH_APP=DIR runs another build's services (a quarkus-app directory).
# BENCH_REUSE=1 BENCH_RELINK=1: on that database, only the re-link command (this build's, or BENCH_APP's), from the
#   reset state (every statement its own utterance, no stored words or embeddings), instead of step 3.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
N="${1:-200000}"
ROUNDS="${2:-4}"
LINES="${3:-5000}"
WORK="$ROOT/target/bench-linking-cost"
ON_PORT="${BENCH_HTTP_PORT:-18496}"
OFF_PORT=$((ON_PORT + 1))
DB_PORT="${BENCH_DB_PORT:-54496}"
cd "$ROOT"
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "${REBUILD:-}" ]; then
  ./mvnw -q package -DskipTests
fi
APP="${BENCH_APP:-target/quarkus-app}"
if [ -n "${BENCH_REUSE:-}" ]; then
  [ -f "$WORK/data/credentials" ] || { echo "BENCH_REUSE: no database in $WORK/data"; exit 1; }
  N="$(cat "$WORK/statements" 2>/dev/null || echo "$N")"
else
  rm -rf "$WORK" && mkdir -p "$WORK"
fi
export BENCH_API_KEY="stmt_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
PIDS=()
JFR_RELINK=()
if [ -n "${BENCH_JFR:-}" ]; then
  JFR_RELINK=(-XX:StartFlightRecording=filename="$WORK/relink.jfr",settings=profile,dumponexit=true)
fi
trap 'for p in "${PIDS[@]}"; do kill $p 2>/dev/null; wait $p 2>/dev/null || true; done' EXIT
ready() {
  for _ in $(seq 1 1200); do # a reused database of an older build is migrated first
    curl -fs "http://localhost:$1/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { tail -50 "$WORK/$3.log"; exit 1; }
    sleep 1
  done
  echo "service on port $1 not ready"; exit 1
}
echo "== $(date -u +%FT%TZ) load: $(uptime | sed 's/.*load average/load average/')"
STATEMENTS_AUTH_BOOTSTRAP_ADMIN_KEY="$BENCH_API_KEY" STATEMENTS_DATA_DIR="$WORK/data" \
  STATEMENTS_EMBEDDED_DB_PORT="$DB_PORT" QUARKUS_HTTP_PORT="$ON_PORT" \
  java -Xmx1g -jar "$APP/quarkus-run.jar" >"$WORK/on.log" 2>&1 &
PIDS+=($!)
ready "$ON_PORT" "${PIDS[0]}" on
OWNER_PASSWORD="$(sed -n 's/^owner\.password=//p' "$WORK/data/credentials")"
JDBC="jdbc:postgresql://localhost:$DB_PORT/statements"
STATEMENTS_AUTH_BOOTSTRAP_ADMIN_KEY="$BENCH_API_KEY" STATEMENTS_LINKING_ENABLED=false QUARKUS_HTTP_PORT="$OFF_PORT" \
  QUARKUS_DATASOURCE_JDBC_URL="$JDBC" QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://localhost:$DB_PORT/statements" \
  QUARKUS_DATASOURCE_USERNAME=statements QUARKUS_DATASOURCE_PASSWORD="$OWNER_PASSWORD" \
  java -Xmx1g -jar "$APP/quarkus-run.jar" >"$WORK/off.log" 2>&1 &
PIDS+=($!)
ready "$OFF_PORT" "${PIDS[1]}" off
CP="$(ls target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)"
export BENCH_DB_USER=statements BENCH_DB_PASSWORD="$OWNER_PASSWORD"

relink() { # APP-DIR LOG [JAVA OPTIONS]: the re-link command of that build over all statements, from the start
  local app="$1" log="$2"
  shift 2
  # CPU seconds of the command (user + sys) beside the wall time: under load, wall time mostly measures the others
  TIMEFORMAT="   re-link command CPU ($app): user %U s, sys %S s (wall %R s)"
  time (QUARKUS_DATASOURCE_JDBC_URL="$JDBC" QUARKUS_DATASOURCE_USERNAME=statements \
    QUARKUS_DATASOURCE_PASSWORD="$OWNER_PASSWORD" \
    java "$@" -cp "$app/app/*:$app/lib/main/*" io.statements.utterance.RelinkCommand --restart \
    --batch "${BENCH_RELINK_BATCH:-5000}" | tee "$log" | awk 'NR % 10 == 0 || /done/')
}
if [ -z "${BENCH_REUSE:-}" ]; then
echo "== 1. Bulk import, $ROUNDS rounds of $LINES statements a side"
[ -z "${BENCH_JFR:-}" ] || jcmd "${PIDS[0]}" JFR.start name=bulk settings=profile >/dev/null
java -cp "$CP" bench/linking/CostBench.java bulk "http://localhost:$ON_PORT" "http://localhost:$OFF_PORT" \
  "$JDBC" statements "$OWNER_PASSWORD" "$ROUNDS" "$LINES"
[ -z "${BENCH_JFR:-}" ] || jcmd "${PIDS[0]}" JFR.stop name=bulk filename="$WORK/bulk.jfr" >/dev/null

echo "== 2. Re-link command over $N COPY-loaded statements (+ the bulk ones)"
java -cp "$CP" bench/linking/ScaleBench.java load "$JDBC" "$N"
echo "   load: $(uptime | sed 's/.*load average/load average/')"
if [ -n "${BENCH_RELINK_BASELINE:-}" ]; then
  echo "   baseline re-link command: $BENCH_RELINK_BASELINE"
  java -cp "$CP" bench/linking/ScaleBench.java reset "$JDBC"
  TB0=$(date +%s%N)
  relink "$BENCH_RELINK_BASELINE" "$WORK/relink-baseline.log"
  TB1=$(date +%s%N)
  echo "   last progress line (time split): $(grep 'moved' "$WORK/relink-baseline.log" | tail -1)"
  awk -v ns="$((TB1 - TB0))" 'BEGIN { printf "== baseline re-link: %.1f s\n", ns / 1e9 }'
  java -cp "$CP" bench/linking/ScaleBench.java partition "$JDBC" "$WORK/partition-baseline.txt"
  java -cp "$CP" bench/linking/ScaleBench.java reset "$JDBC" # this build's run starts where the baseline's did
  echo "   load: $(uptime | sed 's/.*load average/load average/')"
fi
T0=$(date +%s%N)
relink target/quarkus-app "$WORK/relink.log" "${JFR_RELINK[@]}"
T1=$(date +%s%N)
if [ -n "${BENCH_RELINK_BASELINE:-}" ]; then
  java -cp "$CP" bench/linking/ScaleBench.java partition "$JDBC" "$WORK/partition.txt"
  echo "== $(diff "$WORK/partition-baseline.txt" "$WORK/partition.txt" | grep -c '^>' || true) statements grouped" \
    "differently by this build's re-link than by the baseline's ($(wc -l < "$WORK/partition.txt") statements)"
fi
echo "   last progress line (time split): $(grep 'moved' "$WORK/relink.log" | tail -1)"
TOTAL=$(grep -o 're-linked [0-9]* statements; done' "$WORK/relink.log" | grep -o '[0-9]*')
awk -v n="$TOTAL" -v ns="$((T1 - T0))" 'BEGIN { s = ns / 1e9; r = n / s;
  printf "== re-link: %d statements in %.1f s = %.0f statements/s; 1,000,000 at this rate: %.0f s (target < 600 s)\n", n, s, r, 1e6 / r }'

echo "$N" > "$WORK/statements"
elif [ -n "${BENCH_RELINK:-}" ]; then
  # the services stay up, idle, as in step 2
  T0=$(date +%s)
  java -cp "$CP" bench/linking/ScaleBench.java reset "$JDBC"
  echo "   reset in $(( $(date +%s) - T0 )) s; load: $(uptime | sed 's/.*load average/load average/')"
  T0=$(date +%s%N)
  relink "$APP" "$WORK/relink.log"
  T1=$(date +%s%N)
  echo "   last progress line (time split): $(grep 'moved' "$WORK/relink.log" | tail -1)"
  TOTAL=$(grep -o 're-linked [0-9]* statements; done' "$WORK/relink.log" | grep -o '[0-9]*')
  awk -v n="$TOTAL" -v ns="$((T1 - T0))" 'BEGIN { printf "== re-link: %d statements in %.1f s (target < 600 s at 1M)\n", n, ns / 1e9 }'
  echo "   load: $(uptime | sed 's/.*load average/load average/')"
  exit 0
else
  T0=$(date +%s)
  java -cp "$CP" bench/linking/ScaleBench.java vacuum "$JDBC"
  echo "   reused database, vacuumed in $(( $(date +%s) - T0 )) s"
fi

echo "== 3. Single creates at $N statements, alternately ON and OFF"
echo "   load: $(uptime | sed 's/.*load average/load average/')"
[ -z "${BENCH_JFR:-}" ] || jcmd "${PIDS[0]}" JFR.start name=creates settings=profile >/dev/null
java -cp "$CP" bench/linking/CostBench.java creates "http://localhost:$ON_PORT" "http://localhost:$OFF_PORT" 300 \
  $(( N / 500 > 100 ? N / 500 : 100 ))
[ -z "${BENCH_JFR:-}" ] || jcmd "${PIDS[0]}" JFR.stop name=creates filename="$WORK/creates.jfr" >/dev/null
echo "== $(date -u +%FT%TZ) load: $(uptime | sed 's/.*load average/load average/')"
