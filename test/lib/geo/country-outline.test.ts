import type { Topology } from 'topojson-specification';
import { expect, test } from 'vitest';
import { countryOutline } from '../../../src/lib/geo/country-outline.ts';

// Arcs in TopoJSON's d3 winding: a clockwise border (with a point on its west edge), a counterclockwise
// hole, a hole too small to survive rounding to 3 decimals, and a second island.
const topology: Topology = {
	type: 'Topology',
	arcs: [
		[
			[0, 0],
			[0, 0.5],
			[0, 1],
			[1, 1],
			[1, 0],
			[0, 0],
		],
		[
			[0.4, 0.4],
			[0.6, 0.4],
			[0.6, 0.6],
			[0.4, 0.6],
			[0.4, 0.4],
		],
		[
			[0.2, 0.2],
			[0.20001, 0.2],
			[0.20001, 0.20001],
			[0.2, 0.20001],
			[0.2, 0.2],
		],
		[
			[2, 0],
			[2, 1],
			[3, 0],
			[2, 0],
		],
	],
	objects: {
		countries: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', id: '417', arcs: [[0], [1], [2]] },
				{ type: 'MultiPolygon', id: '001', arcs: [[[0]], [[3]]] },
				{ type: 'Point', id: '999', coordinates: [5, 5] },
			],
		},
		land: { type: 'Polygon', arcs: [[0]] },
	},
};

const options = { toleranceKm: 0.1, decimals: 3 };
const border = [
	[0, 0],
	[1, 0],
	[1, 1],
	[0, 1],
	[0, 0],
];

test.each([
	{
		name: 'a polygon: straight points dropped, wound as RFC 7946 says, the tiny hole gone',
		id: '417',
		expected: {
			ok: true,
			points: 10,
			outline: {
				type: 'Polygon',
				coordinates: [
					border,
					[
						[0.4, 0.4],
						[0.4, 0.6],
						[0.6, 0.6],
						[0.6, 0.4],
						[0.4, 0.4],
					],
				],
			},
		},
	},
	{
		name: 'a multipolygon keeps each island',
		id: '001',
		expected: {
			ok: true,
			points: 9,
			outline: {
				type: 'MultiPolygon',
				coordinates: [
					[border],
					[
						[
							[2, 0],
							[3, 0],
							[2, 1],
							[2, 0],
						],
					],
				],
			},
		},
	},
	{ name: 'an id that is not there', id: '398', expected: { ok: false, reason: 'no-country' } },
	{ name: 'a point is not an area', id: '999', expected: { ok: false, reason: 'not-an-area' } },
])('$name', ({ id, expected }) => {
	expect(countryOutline(topology, 'countries', id, options)).toEqual(expected);
});

test.each(['land', 'rivers'])('objects.%s is not a collection of countries', (name) => {
	expect(countryOutline(topology, name, '417', options)).toEqual({ ok: false, reason: 'no-object' });
});
