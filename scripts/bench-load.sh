#!/usr/bin/env bash
# A bounded load run (a benchmark, not a test): `reverb serve` and `reverb ingest` as two processes on one SQLite
# store, CLIENTS clients on loopback asking the API's main queries for SECONDS while the ingest writes; prints
# requests, errors, p50/p95/p99/max and whether every article was stored.
# Usage: scripts/bench-load.sh [CORPUS (default ../shared/data/dev)] [CLIENTS (8)] [SECONDS (60)]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/data/dev}"
mvn -B -q -pl reverb-cli -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/load-classpath.txt -Dmdep.includeScope=test >/dev/null
cp="reverb-cli/target/test-classes:reverb-cli/target/classes:reverb-server/target/classes"
cp="$cp:reverb-store/target/classes:reverb-core/target/classes"
mkdir -p reverb-cli/target/load
exec java -Xmx1g -cp "$cp:$(cat reverb-cli/target/load-classpath.txt)" org.reverb.cli.LoadBenchmark \
  "$corpus" reverb-cli/target/load/load.db "${2:-8}" "${3:-60}"
