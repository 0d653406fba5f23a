// Converts world-atlas's countries-110m TopoJSON (Natural Earth 1:110m admin-0 countries) into the GeoJSON
// FeatureCollection the dashboard's map registers with ECharts. Run by scripts/map/build.sh; the output is committed.
'use strict';
const fs = require('fs');
const path = require('path');
const topojson = require('topojson-client');

const [, , out] = process.argv;
if (!out) {
  console.error('usage: node build-countries.js OUT.geojson');
  process.exit(2);
}
const topology = require('world-atlas/countries-110m.json');
const countries = topojson.feature(topology, topology.objects.countries);
// Keep only the name (ECharts labels regions by properties.name) and the ISO 3166 numeric id, and round
// coordinates to 0.01 degree, which is finer than the 1:110m shapes themselves.
const round = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(round));
countries.features = countries.features.map((f) => ({
  type: 'Feature',
  id: f.id,
  properties: { name: f.properties.name },
  geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
}));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(countries));
console.error(`${countries.features.length} countries -> ${out}`);
