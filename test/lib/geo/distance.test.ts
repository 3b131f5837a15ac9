import { describe, expect, test } from 'vitest';
import { distanceKm, roundKm, type LatLng } from '../../../src/lib/geo/distance.ts';

const bishkek: LatLng = { lat: 42.8746, lng: 74.5698 };
const osh: LatLng = { lat: 40.5283, lng: 72.7985 };
const karakol: LatLng = { lat: 42.4907, lng: 78.3936 };

// Expected values from an independent haversine (Python, math.asin form) with R = 6371 km.
describe('distanceKm', () => {
	test.each([
		{ name: 'Bishkek → Osh', a: bishkek, b: osh, km: 299.4679 },
		{ name: 'Osh → Bishkek (symmetric)', a: osh, b: bishkek, km: 299.4679 },
		{ name: 'Bishkek → Karakol', a: bishkek, b: karakol, km: 315.4366 },
		{ name: 'one degree of latitude', a: { lat: 0, lng: 0 }, b: { lat: 1, lng: 0 }, km: 111.1949 },
		{ name: 'one degree of longitude at the equator', a: { lat: 0, lng: 0 }, b: { lat: 0, lng: 1 }, km: 111.1949 },
		{ name: 'one degree of longitude at 60° N is half as long', a: { lat: 60, lng: 0 }, b: { lat: 60, lng: 1 }, km: 55.5969 },
		{ name: 'across the antimeridian', a: { lat: 0, lng: 179.5 }, b: { lat: 0, lng: -179.5 }, km: 111.1949 },
		{ name: 'antipodes', a: { lat: 0, lng: 0 }, b: { lat: 0, lng: 180 }, km: 20015.0868 },
		{ name: 'across a Bishkek street', a: bishkek, b: { lat: 42.8755, lng: 74.571 }, km: 0.1399 },
		{ name: 'the same point', a: bishkek, b: bishkek, km: 0 },
	])('$name', ({ a, b, km }) => {
		expect(distanceKm(a, b)).toBeCloseTo(km, 3);
	});
});

describe('roundKm', () => {
	test.each([
		[0, 0],
		[0.02, 0.1],
		[0.05, 0.1],
		[0.14, 0.1],
		[0.35, 0.4],
		[1.04, 1],
		[1.05, 1.1],
		[9.94, 9.9],
		[9.96, 10],
		[10, 10],
		[12.3, 12],
		[12.5, 13],
		[299.4679, 299],
	])('%s km → %s', (km, rounded) => {
		expect(roundKm(km)).toBe(rounded);
	});

	test.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])('%s is not a distance', (km) => {
		expect(() => roundKm(km)).toThrow(RangeError);
	});
});
