import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { countryOutline } from '../../../src/lib/geo/country-outline.ts';
import { outlineBounds, outlineContains, type Outline } from '../../../src/lib/geo/point-in-outline.ts';

const shipped = JSON.parse(
	readFileSync(new URL('../../../content/terminals/kyrgyzstan-outline.json', import.meta.url), 'utf8'),
) as Feature<Outline>;

describe('the shipped outline of Kyrgyzstan', () => {
	test.each([
		{ place: 'Bishkek', lat: 42.8746, lng: 74.5698, inside: true },
		{ place: 'Osh', lat: 40.5283, lng: 72.7985, inside: true },
		{ place: 'Karakol', lat: 42.4907, lng: 78.3936, inside: true },
		{ place: 'Batken', lat: 40.0625, lng: 70.8194, inside: true },
		{ place: 'Naryn', lat: 41.4287, lng: 75.9911, inside: true },
		{ place: 'Talas', lat: 42.5228, lng: 72.2427, inside: true },
		{ place: 'Jalal-Abad', lat: 40.9333, lng: 73.0017, inside: true },
		{ place: 'Almaty, Kazakhstan', lat: 43.2389, lng: 76.8897, inside: false },
		{ place: 'Kordai, Kazakhstan, 20 km north of Bishkek', lat: 43.0419, lng: 74.7122, inside: false },
		{ place: 'Tashkent, Uzbekistan', lat: 41.2995, lng: 69.2401, inside: false },
		{ place: 'Andijan, Uzbekistan', lat: 40.7821, lng: 72.3442, inside: false },
		{ place: 'Khujand, Tajikistan', lat: 40.2833, lng: 69.6333, inside: false },
		{ place: 'Kashgar, China', lat: 39.4704, lng: 75.9898, inside: false },
		{ place: 'Sokh, the Uzbek enclave inside Batken region', lat: 39.9667, lng: 71.1333, inside: false },
	])('$place: inside = $inside', ({ lat, lng, inside }) => {
		expect(outlineContains(shipped.geometry, { lat, lng })).toBe(inside);
	});

	test('frames the country', () => {
		expect(outlineBounds(shipped.geometry)).toEqual({ south: 39.189, west: 69.227, north: 43.262, east: 80.257 });
	});

	test('names its source and licence', () => {
		expect(shipped.properties).toEqual({
			name: 'Kyrgyzstan',
			source:
				'Natural Earth 4.1.0, Admin 0 countries 1:10m, via world-atlas 2.0.2 (world-atlas/countries-10m.json, id 417), simplified to 1 km',
			license: 'Natural Earth: public domain; world-atlas: ISC',
		});
	});

	test('is what scripts/kyrgyzstan-outline.ts makes from the installed world-atlas', () => {
		const require = createRequire(import.meta.url);
		const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
		const made = countryOutline(topology, 'countries', '417', { toleranceKm: 1, decimals: 3 });
		expect(made.ok && made.outline).toEqual(shipped.geometry);
	});
});
