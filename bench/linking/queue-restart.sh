#!/bin/bash
# Link queue survives a crash (#13, round 11): a bulk import held in the queue (settle and max delay of an hour),
# the service and its embedded PostgreSQL killed with SIGKILL, the service started again with the defaults: the two
# reports of one utterance are linked. Usage: bench/linking/queue-restart.sh (the packaged service in target/quarkus-app;
# APP=DIR: another build).
W=${WORK:-target/queue-restart}; rm -rf "$W"; mkdir -p "$W"; APP=${APP:-target/quarkus-app}; KEY=stmt_ingest_bench_0123456789abcdefghijklmnop; P=18491
start() {
  env "$@" STATEMENTS_AUTH_BOOTSTRAP_ADMIN_KEY=$KEY STATEMENTS_RATE_LIMIT_ENABLED=false STATEMENTS_DATA_DIR=$W/data \
    STATEMENTS_EMBEDDED_DB_PORT=54491 QUARKUS_HTTP_PORT=$P java -Xmx512m -jar $APP/quarkus-run.jar >>$W/service.log 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do curl -fs localhost:$P/q/health/ready >/dev/null 2>&1 && return; sleep 1; done
}
start STATEMENTS_LINKING_QUEUE_SETTLE=PT1H STATEMENTS_LINKING_QUEUE_MAX_DELAY=PT1H
printf '%s\n%s\n' '{"text": "The northern bypass opens to lorries in the autumn.", "kind": "DIRECT", "speaker": {"name": "Ragna Tveit"}, "outlet": {"domain": "one.example"}, "reported_at": "2024-05-06T08:00:00Z"}' \
  '{"text": "The northern bypass opens to lorries in the autumn!", "kind": "DIRECT", "speaker": {"name": "Ragna Tveit"}, "outlet": {"domain": "two.example"}, "reported_at": "2024-05-06T12:00:00Z"}' > $W/body.ndjson
curl -s -H "Authorization: Bearer $KEY" -H 'Content-Type: application/x-ndjson' --data-binary @$W/body.ndjson localhost:$P/statements/bulk | tee $W/result.ndjson
IDS=$(python3 -c "import json;print(' '.join(json.loads(l)['id'] for l in open('$W/result.ndjson')))")
sleep 3
for id in $IDS; do echo "before kill: $id utterance $(curl -s -H "Authorization: Bearer $KEY" localhost:$P/statements/$id | python3 -c 'import json,sys;d=json.load(sys.stdin)["utterance"];print(d["id"],d["reports"])')"; done
kill -9 $PID; sleep 1; PGPID=$(head -1 $W/data/pg/postmaster.pid 2>/dev/null); [ -n "$PGPID" ] && kill -9 $PGPID; sleep 3
echo "killed; restarting with defaults"
start
sleep 5
for id in $IDS; do echo "after restart: $id utterance $(curl -s -H "Authorization: Bearer $KEY" localhost:$P/statements/$id | python3 -c 'import json,sys;d=json.load(sys.stdin)["utterance"];print(d["id"],d["reports"])')"; done
kill $PID; wait $PID 2>/dev/null
