import { expect, test } from 'vitest';
import { sortByDistance } from '../../../src/lib/finder/nearest.ts';

// Expected km from an independent haversine (Python, R = 6371 km), rounded to 10 m.
const bishkek = { lat: 42.8746, lng: 74.5698 };
const terminals = [
	{ id: 'osh-exact', lat: 40.5283, lng: 72.7985, precision: 'exact' },
	{ id: 'nowhere-1', precision: 'none' },
	{ id: 'bishkek-centre', lat: 42.87, lng: 74.59, precision: 'settlement' },
	{ id: 'bishkek-exact', lat: 42.8755, lng: 74.571, precision: 'exact' },
	{ id: 'karakol-centre', lat: 42.4907, lng: 78.3936, precision: 'settlement' },
	{ id: 'nowhere-2', precision: 'none' },
	{ id: 'bishkek-centre-2', lat: 42.87, lng: 74.59, precision: 'settlement' },
] as const;

test.each([
	{
		name: 'from Bishkek',
		from: bishkek,
		expected: [
			['bishkek-exact', 0.14, false],
			['bishkek-centre', 1.72, true],
			['bishkek-centre-2', 1.72, true],
			['osh-exact', 299.47, false],
			['karakol-centre', 315.44, true],
			['nowhere-1', undefined, false],
			['nowhere-2', undefined, false],
		],
	},
	{
		name: 'from the centre of Karakol',
		from: { lat: 42.4907, lng: 78.3936 },
		expected: [
			['karakol-centre', 0, true],
			['bishkek-centre', 313.74, true],
			['bishkek-centre-2', 313.74, true],
			['bishkek-exact', 315.35, false],
			['osh-exact', 514.32, false],
			['nowhere-1', undefined, false],
			['nowhere-2', undefined, false],
		],
	},
])('$name', ({ from, expected }) => {
	const sorted = sortByDistance(terminals, from).map(({ terminal, km, approximate }) => [
		terminal.id,
		km === undefined ? undefined : Math.round(km * 100) / 100,
		approximate,
	]);
	expect(sorted).toEqual(expected);
});

test('no terminals, nothing to sort', () => {
	expect(sortByDistance([], bishkek)).toEqual([]);
});
