#!/usr/bin/env bash
# Who should write a page of search results: the hand-written streaming SearchPageWriter, or Jackson with
# Quarkus' reflection-free (build-time generated) serializers? Runs bench/search twice on the same data, once
# each way, and keeps both tables (target/search-bench/writer-*.txt). Compare API/direct per query: the direct
# SQL path is the same in both runs, so the ratio isolates the service's own cost. Takes BENCH_* like run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target/search-bench
bench/search/run.sh | tee target/search-bench/writer-streaming.txt
BENCH_MVN_OPTS="-Dquarkus.rest.jackson.optimization.enable-reflection-free-serializers=true" \
BENCH_APP_OPTS="${BENCH_APP_OPTS:-} -Dstatements.search.page-writer=JACKSON" \
    bench/search/run.sh | tee target/search-bench/writer-jackson.txt
./mvnw -q package -DskipTests   # leave the default build behind
