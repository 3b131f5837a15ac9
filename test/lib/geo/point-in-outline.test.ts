import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { outlineBounds, outlineContains } from '../../../src/lib/geo/point-in-outline.ts';

// A 1° square with a hole in the middle (an enclave), and a second island east of it.
const withHole: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[70, 40],
			[71, 40],
			[71, 41],
			[70, 41],
			[70, 40],
		],
		[
			[70.4, 40.4],
			[70.4, 40.6],
			[70.6, 40.6],
			[70.6, 40.4],
			[70.4, 40.4],
		],
	],
};
const islands: MultiPolygon = {
	type: 'MultiPolygon',
	coordinates: [
		withHole.coordinates,
		[
			[
				[72, 40],
				[73, 40],
				[72.5, 41],
				[72, 40],
			],
		],
	],
};

describe('outlineContains', () => {
	test.each([
		{ name: 'inside the square', outline: withHole, lat: 40.2, lng: 70.2, inside: true },
		{ name: 'in the hole', outline: withHole, lat: 40.5, lng: 70.5, inside: false },
		{ name: 'between the hole and the border', outline: withHole, lat: 40.5, lng: 70.8, inside: true },
		{ name: 'east of the square', outline: withHole, lat: 40.5, lng: 71.5, inside: false },
		{ name: 'north of the square', outline: withHole, lat: 41.2, lng: 70.5, inside: false },
		{ name: 'on the second island', outline: islands, lat: 40.3, lng: 72.5, inside: true },
		{ name: 'in the first island’s hole', outline: islands, lat: 40.5, lng: 70.5, inside: false },
		{ name: 'beside the triangle’s slope', outline: islands, lat: 40.9, lng: 72.1, inside: false },
		{ name: 'between the islands', outline: islands, lat: 40.5, lng: 71.5, inside: false },
	])('$name → $inside', ({ outline, lat, lng, inside }) => {
		expect(outlineContains(outline, { lat, lng })).toBe(inside);
	});
});

describe('outlineBounds', () => {
	test.each([
		{ outline: withHole, bounds: { south: 40, west: 70, north: 41, east: 71 } },
		{ outline: islands, bounds: { south: 40, west: 70, north: 41, east: 73 } },
	])('$outline.type', ({ outline, bounds }) => {
		expect(outlineBounds(outline)).toEqual(bounds);
	});
});
