#!/usr/bin/env bash
# Resident memory of the started service, idle, and after its first paraphrase pair (which loads the sentence
# embedding model): each given packaged service (a quarkus-app directory) started in turn on a fresh embedded
# PostgreSQL, ROUNDS rounds alternating, at -Xmx512m (BENCH_JAVA_OPTS), so that two builds compare in one run.
# Usage: bench/linking/idle-rss.sh [ROUNDS, default 2] [quarkus-app dir ...]   (default: target/quarkus-app)
# RSS is the java process's VmRSS (the embedded PostgreSQL's processes are not counted).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
ROUNDS="${1:-2}"
shift || true
APPS=("$@")
[ ${#APPS[@]} -gt 0 ] || APPS=("$ROOT/target/quarkus-app")
WORK="$ROOT/target/bench-idle-rss"
HTTP_PORT="${BENCH_HTTP_PORT:-18498}"
DB_PORT="${BENCH_DB_PORT:-54498}"
KEY="stmt_rss_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
PID=
trap '[ -z "$PID" ] || { kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; }' EXIT
rss() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
post() {
  curl -fs -o /dev/null -X POST "http://localhost:$HTTP_PORT/statements" -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/json' -d "$1"
}
for round in $(seq 1 "$ROUNDS"); do
  for app in "${APPS[@]}"; do
    rm -rf "$WORK" && mkdir -p "$WORK"
    STATEMENTS_AUTH_BOOTSTRAP_ADMIN_KEY="$KEY" STATEMENTS_DATA_DIR="$WORK/data" \
      STATEMENTS_EMBEDDED_DB_PORT="$DB_PORT" QUARKUS_HTTP_PORT="$HTTP_PORT" \
      java ${BENCH_JAVA_OPTS:--Xmx512m} -jar "$app/quarkus-run.jar" >"$WORK/service.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 300); do
      curl -fs "http://localhost:$HTTP_PORT/q/health/ready" >/dev/null 2>&1 && break
      kill -0 $PID 2>/dev/null || { tail -30 "$WORK/service.log"; exit 1; }
      sleep 1
    done
    sleep "${BENCH_IDLE_SECONDS:-20}" # start-up work settles (a background model load, if any, finishes)
    IDLE=$(rss $PID)
    BODY='{"text": %s, "kind": "%s", "speaker": {"name": "Rss Bench Speaker", "kind": "PERSON"},
      "outlet": {"domain": "%s.example", "name": "%s"}, "article": {"url": "https://%s.example/a", "published_at": "2026-01-0%sT08:00:00Z"}}'
    post "$(printf "$BODY" '"The night buses will run every fifteen minutes from the first of May."' DIRECT one one one 1)"
    post "$(printf "$BODY" '"the night buses would run every quarter of an hour starting in May"' INDIRECT two two two 2)"
    sleep 5
    echo "round $round $app: idle RSS $IDLE MB; after a paraphrase pair $(rss $PID) MB;" \
      "model loads logged: $(grep -c 'sentence embedding model loaded' "$WORK/service.log" || true);" \
      "load: $(uptime | sed 's/.*load average: //')"
    kill $PID; wait $PID 2>/dev/null || true
    PID=
  done
done
