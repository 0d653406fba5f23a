#!/usr/bin/env bash
# Latency of the desk's API (p50/p95 per query) over a SQLite store of synthetic events: a benchmark, not a test.
# Usage: scripts/bench-api.sh [EVENTS (default 100000)] [STORE (default reverb-server/target/bench.db)]
# The store is made on the first run (a minute or so) and reused; delete it after changing the schema.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl reverb-server -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
cp="reverb-server/target/test-classes:reverb-server/target/classes:reverb-store/target/classes:reverb-core/target/classes"
exec java -Xmx2g -cp "$cp:$(cat reverb-server/target/bench-classpath.txt)" org.reverb.server.ApiBenchmark "$@"
