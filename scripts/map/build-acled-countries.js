// Writes the country table of the ACLED-style export (reverb-server/.../export/acled-countries.tsv): ISO 3166
// alpha-3, ISO numeric (ACLED's "iso" column), English name and ACLED's region, from the npm package world-countries
// (ODbL 1.0). ACLED's regions are UN subregions, renamed and regrouped as below. Run by scripts/map/build.sh.
'use strict';
const fs = require('fs');
const countries = require('world-countries');

const [, , out] = process.argv;
const REGION = {
  'Western Africa': 'Western Africa', 'Middle Africa': 'Middle Africa', 'Eastern Africa': 'Eastern Africa',
  'Southern Africa': 'Southern Africa', 'Northern Africa': 'Northern Africa', 'Western Asia': 'Middle East',
  'Central Asia': 'Caucasus and Central Asia', 'Southern Asia': 'South Asia', 'South-Eastern Asia': 'Southeast Asia',
  'Eastern Asia': 'East Asia', 'Caribbean': 'Caribbean', 'Central America': 'Central America',
  'South America': 'South America', 'North America': 'North America', 'Australia and New Zealand': 'Oceania',
  'Melanesia': 'Oceania', 'Micronesia': 'Oceania', 'Polynesia': 'Oceania', 'Antarctica': 'Antarctica',
};
const CAUCASUS = new Set(['ARM', 'AZE', 'GEO']);
const MIDDLE_EAST = new Set(['IRN']);
const rows = countries.map((c) => {
  let region = c.region === 'Europe' ? 'Europe' : (REGION[c.subregion] || c.region || '');
  if (CAUCASUS.has(c.cca3)) region = 'Caucasus and Central Asia';
  if (MIDDLE_EAST.has(c.cca3)) region = 'Middle East';
  if (c.cca3 === 'CYP') region = 'Europe';
  if (c.cca3 === 'MEX') region = 'Central America';
  return [c.cca3, c.ccn3 ? String(Number(c.ccn3)) : '', c.name.common, region].join('\t');
}).sort();
fs.writeFileSync(out, '# iso3\tiso\tcountry\tregion  (from world-countries 5.1.0, ODbL 1.0; see NOTICE)\n'
  + rows.join('\n') + '\n');
console.error(`${rows.length} countries -> ${out}`);
