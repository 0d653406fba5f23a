#!/usr/bin/env bash
# Rebuilds the dashboard's world map (reverb-server/src/main/resources/org/reverb/server/web/map/) from the npm
# packages world-atlas (ISC; Natural Earth 1:110m countries, public domain) and topojson-client (ISC), and the
# ACLED export's country table (.../server/export/acled-countries.tsv) from world-countries (ODbL 1.0).
# Needs node and npm; the result is committed, so building Reverb needs neither.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../reverb-server/src/main/resources/org/reverb/server/web/map"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/build-countries.js" "$here/build-acled-countries.js" "$work/"
(cd "$work" && npm install --no-audit --no-fund --silent)
(cd "$work" && node build-countries.js "$out/countries-110m.geojson")
(cd "$work" && node build-acled-countries.js "$out/../../export/acled-countries.tsv")
cp "$work/node_modules/world-atlas/LICENSE" "$out/LICENSE-world-atlas.txt"
