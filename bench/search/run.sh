#!/usr/bin/env bash
# Search benchmark: loads 1,000,000 synthetic statements once (kept in target/search-bench/pg), starts the
# packaged service against that PostgreSQL and times five searches through the API and as direct SQL.
# Settings (environment): BENCH_STATEMENTS (1000000), BENCH_SECONDS per measurement (20),
# BENCH_CONCURRENCY (8), BENCH_DIR (target/search-bench), BENCH_WARMUP seconds before measuring (60; the service's C2
# compiler needs 100 s and more of load on two cores to settle, so compare API/direct ratios with 180: docs/scaling.md),
# BENCH_ONLY (comma-separated query name prefixes, e.g. "page,stance"), BENCH_APP_OPTS (extra JVM options
# for the service, e.g. a profiler agent), BENCH_MVN_OPTS (extra build options, e.g. a build-time property),
# BENCH_PAGE=1 (also time the web page's first render in Debian's Chromium: first result and facet counts),
# BENCH_PIN=1 (PostgreSQL on half the CPUs, the service and the load client on the other half, from the warm-up on:
# the service's CPU then no longer takes PostgreSQL's, as on separate machines; needs util-linux's taskset),
# BENCH_PERIODS_WAIT minutes to wait for the service's background text indexes of the newest quarters (15).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q package -DskipTests ${BENCH_MVN_OPTS:-}
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/search-bench-classpath.txt -Dmdep.includeScope=test
CP="target/classes:$(cat target/search-bench-classpath.txt)"
rm -rf target/search-bench-classes
javac -d target/search-bench-classes -cp "$CP" bench/search/src/io/statements/bench/*.java
exec java -Xmx2g -cp "target/search-bench-classes:$CP" io.statements.bench.SearchBench
