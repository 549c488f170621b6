#!/usr/bin/env bash
# API-key lookup cost: request throughput with an API key against anonymous public reads of the same resource,
# measured in the same run, once with the verified-key cache off (statements.auth.key-cache-ttl=0: a database
# transaction per request) and once with the default cache.
# Usage: bench/auth/run.sh [seconds per round] [client threads]   (defaults 4 and 8; needs only the JDK and ./mvnw)
# Starts the packaged service on a fresh embedded PostgreSQL under target/bench-auth, stops both at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SECONDS_PER_ROUND="${1:-4}"
THREADS="${2:-8}"
WORK="$ROOT/target/bench-auth"
HTTP_PORT="${BENCH_HTTP_PORT:-18490}"
DB_PORT="${BENCH_DB_PORT:-54490}"
ADMIN_KEY="stmt_bench-admin-0123456789abcdefghijklmnopqrstuv"
cd "$ROOT"
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "${REBUILD:-}" ]; then
  ./mvnw -q package -DskipTests
fi
echo "load before: $(uptime)"
for TTL in PT0S PT10S; do
  rm -rf "$WORK" && mkdir -p "$WORK"
  STATEMENTS_DATA_DIR="$WORK/data" STATEMENTS_EMBEDDED_DB_PORT="$DB_PORT" QUARKUS_HTTP_PORT="$HTTP_PORT" \
    STATEMENTS_AUTH_BOOTSTRAP_ADMIN_KEY="$ADMIN_KEY" STATEMENTS_AUTH_ANONYMOUS_READ=true \
    STATEMENTS_AUTH_KEY_CACHE_TTL="$TTL" STATEMENTS_RATE_LIMIT_READS=1000000000 \
    STATEMENTS_RATE_LIMIT_ANONYMOUS_READS=1000000000 STATEMENTS_RATE_LIMIT_WRITES=1000000000 \
    java ${BENCH_JAVA_OPTS:--Xmx512m} -jar target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
  PID=$!
  trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    curl -fs "http://localhost:$HTTP_PORT/q/health/ready" >/dev/null 2>&1 && break
    kill -0 $PID 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
    sleep 1
  done
  echo "== statements.auth.key-cache-ttl=$TTL"
  java bench/auth/AuthBench.java "http://localhost:$HTTP_PORT" "$ADMIN_KEY" "$SECONDS_PER_ROUND" "$THREADS"
  kill $PID || true; wait $PID 2>/dev/null || true
done
echo "load after: $(uptime)"
