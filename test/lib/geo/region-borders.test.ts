import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { regionBorders } from '../../../src/lib/geo/region-borders.ts';

const options = { toleranceKm: 0.001, decimals: 3 };

/**
 * Two squares side by side, sharing the middle edge (arc 0), each closed by an arc of its own:
 * West = arc 0 then arc 1, East = arc 0 reversed (~0) then arc 2.
 */
const twoRegions: Topology = {
	type: 'Topology',
	objects: {
		regions: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', arcs: [[0, 1]], properties: { name: 'West' } },
				{ type: 'Polygon', arcs: [[~0, 2]], properties: { name: 'East' } },
			],
		},
	},
	arcs: [
		[
			[71, 40],
			[71, 41],
		],
		[
			[71, 41],
			[70, 41],
			[70, 40],
			[71, 40],
		],
		[
			[71, 40],
			[72, 40],
			[72, 41],
			[71, 41],
		],
	],
};

describe('regionBorders', () => {
	test('keeps only the border the two regions share, not the country’s edge', () => {
		expect(regionBorders(twoRegions, 'regions', options)).toEqual({
			ok: true,
			borders: {
				type: 'MultiLineString',
				coordinates: [
					[
						[71, 40],
						[71, 41],
					],
				],
			},
			regions: 2,
			points: 2,
		});
	});

	test('says so when the topology has no such object', () => {
		expect(regionBorders(twoRegions, 'countries', options)).toEqual({ ok: false, reason: 'no-object' });
	});

	test('a country of one region has no inner borders to draw', () => {
		const one: Topology = {
			...twoRegions,
			objects: { regions: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, 1]] }] } },
		};
		expect(regionBorders(one, 'regions', options)).toEqual({ ok: false, reason: 'no-regions' });
	});
});
