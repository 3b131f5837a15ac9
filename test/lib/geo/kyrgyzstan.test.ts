import { describe, expect, test } from 'vitest';
import { borderToleranceKm, insideKyrgyzstan, kmToBorder } from '../../../src/lib/geo/kyrgyzstan.ts';
import { content } from '../terminals/content.ts';

describe('insideKyrgyzstan: the outline the map draws, with its tolerance', () => {
	test.each([
		['Bishkek', 42.8746, 74.5698, true],
		['Osh', 40.5283, 72.7985, true],
		['Karakol', 42.4907, 78.3936, true],
		['Tayan, a Batken village GeoNames puts 2 km beyond the drawn border', 39.9026, 71.10826, true],
		['Almaty', 43.238, 76.945, false],
		['Tashkent', 41.2995, 69.2401, false],
		['Kashgar', 39.4704, 75.9898, false],
		['Andijan', 40.7821, 72.3442, false],
		['Khujand', 40.2826, 69.6221, false],
	])('%s', (_, lat, lng, inside) => {
		expect(insideKyrgyzstan({ lat, lng })).toBe(inside);
	});

	test('holds every settlement of the gazetteer, and no foreign city comes within twice the tolerance', () => {
		expect(content.gazetteer.places.filter((place) => !insideKyrgyzstan(place))).toEqual([]);
		expect(kmToBorder({ lat: 40.2826, lng: 69.6221 })).toBeGreaterThan(2 * borderToleranceKm);
	});
});
