import { expect, test } from 'vitest';
import { terminalPositions } from '../../../src/lib/finder/positions.ts';
import { terminal } from './fixture.ts';

test('gives every positioned terminal in list order, with its precision, and leaves out the rest', () => {
	expect(
		terminalPositions([
			terminal({ n: 2, id: 'b', lat: 40.5, lng: 72.8, precision: 'settlement', positionSource: 'gazetteer' }),
			terminal({ n: 3, id: 'c' }),
			terminal({ n: 1, id: 'a', lat: 42.87, lng: 74.59, precision: 'exact', positionSource: 'pin' }),
		]),
	).toEqual([
		{ id: 'a', lat: 42.87, lng: 74.59, precision: 'exact' },
		{ id: 'b', lat: 40.5, lng: 72.8, precision: 'settlement' },
	]);
});
