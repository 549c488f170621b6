#!/usr/bin/env bash
# Ingestion benchmark: bulk API vs PostgreSQL COPY into the same table, plus peak RSS during 5/50/100 MB imports.
# Memory only, with the container image's JVM settings (deploy/Dockerfile.jvm):
#   MALLOC_ARENA_MAX=2 BENCH_JAVA_OPTS="-Xmx512m -Xms32m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30" \
#     bench/ingest/run.sh 0
# Usage: bench/ingest/run.sh [statements]   (default 200000; needs only the JDK and ./mvnw)
# BENCH_SKIP_MEMORY=1: only the API/COPY rates. STATEMENTS_LINKING_ENABLED=false: the same without linking.
# BENCH_NMT=1 (with -XX:NativeMemoryTracking=summary in BENCH_JAVA_OPTS): the heap and native memory by category
#   (jcmd) after the memory step.
# Starts the packaged service on a fresh embedded PostgreSQL under target/bench-ingest, stops both at the end.
# BENCH_APP=DIR: another build's service (a quarkus-app directory), to alternate builds in one shell.
# BENCH_JFR=1: the service records a Java Flight Recording of the API step (target/bench-ingest/api.jfr;
#   bench/linking/jfr-hot.py prints where its CPU went).
# BENCH_PGSS=1: the database loads pg_stat_statements (the service is started once more after setting it up), and
#   the API step's statements are printed by total time (target/bench-ingest/pgss.txt).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
N="${1:-200000}"
WORK="$ROOT/target/bench-ingest"
HTTP_PORT="${BENCH_HTTP_PORT:-18480}"
DB_PORT="${BENCH_DB_PORT:-54480}"
cd "$ROOT"
APP="${BENCH_APP:-target/quarkus-app}"
if [ -z "${BENCH_APP:-}" ] && { [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "${REBUILD:-}" ]; }; then
  ./mvnw -q package -DskipTests
fi
rm -rf "$WORK" && mkdir -p "$WORK"
start() {
  # signs in as automation does (the bootstrap admin key IngestBench sends); the rate limiter is not what is measured
  STATEMENTS_AUTH_BOOTSTRAP_ADMIN_KEY=stmt_ingest_bench_0123456789abcdefghijklmnop STATEMENTS_RATE_LIMIT_ENABLED=false \
  STATEMENTS_DATA_DIR="$WORK/data" STATEMENTS_EMBEDDED_DB_PORT="$DB_PORT" QUARKUS_HTTP_PORT="$HTTP_PORT" \
    java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$APP/quarkus-run.jar" >>"$WORK/service.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$HTTP_PORT/q/health/ready" >/dev/null 2>&1 && return
    kill -0 $PID 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
    sleep 1
  done
}
start
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
if [ -n "${BENCH_PGSS:-}" ]; then
  kill $PID; wait $PID 2>/dev/null || true
  printf "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track = 'all'\n" >>"$WORK/data/pg/postgresql.auto.conf"
  start
  PGPASSWORD="$(sed -n 's/^superuser\.password=//p' "$WORK/data/credentials")" psql -q -h localhost -p "$DB_PORT" \
    -U postgres -d statements -c "create extension if not exists pg_stat_statements" \
    -c "grant pg_read_all_stats to statements"
fi
# COPY signs in as the schema's owner role (the embedded database's generated password; no trust authentication)
export BENCH_DB_USER=statements BENCH_DB_PASSWORD="$(sed -n 's/^owner\.password=//p' "$WORK/data/credentials")"
[ -z "${BENCH_PGSS:-}" ] || export BENCH_SU_PASSWORD="$(sed -n 's/^superuser\.password=//p' "$WORK/data/credentials")"
PGJAR="$(ls "$APP"/lib/main/org.postgresql.postgresql-*.jar | head -1)"
java -cp "$PGJAR" bench/ingest/IngestBench.java "http://localhost:$HTTP_PORT" \
  "jdbc:postgresql://localhost:$DB_PORT/statements" "$PID" "$N" "$WORK"
