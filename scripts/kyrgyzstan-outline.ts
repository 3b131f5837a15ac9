/**
 * Writes Kyrgyzstan's outline for the finder's offline map: `node scripts/kyrgyzstan-outline.ts`.
 * Natural Earth’s 1:10m country borders (public domain) from the world-atlas package, simplified to
 * about 1 km and rounded to about 100 m: a few KB that Leaflet draws as GeoJSON when tiles are unreachable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { countryOutline } from '../src/lib/finder/country-outline.ts';

const require = createRequire(import.meta.url);
const source = 'world-atlas/countries-10m.json';
const { version } = require('world-atlas/package.json') as { version: string };
const topology = JSON.parse(readFileSync(require.resolve(source), 'utf8')) as Topology;
const target = new URL('../content/terminals/kyrgyzstan-outline.json', import.meta.url);

const result = countryOutline(topology, 'countries', '417', { toleranceKm: 1, decimals: 3 });
if (!result.ok) {
	console.error(`error[${result.reason}]: expected Kyrgyzstan (id 417) as an area in ${source}; check the world-atlas version.`);
	process.exit(1);
}
const outline = {
	type: 'Feature',
	properties: {
		name: 'Kyrgyzstan',
		source: `Natural Earth 4.1.0, Admin 0 countries 1:10m, via world-atlas ${version} (${source}, id 417), simplified to 1 km`,
		license: 'Natural Earth: public domain; world-atlas: ISC',
	},
	geometry: result.outline,
};
const json = `${JSON.stringify(outline)}\n`;
writeFileSync(target, json);
console.log(`${target.pathname}: ${result.points} points, ${json.length} bytes`);
