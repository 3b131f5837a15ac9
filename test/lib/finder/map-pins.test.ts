import { describe, expect, test } from 'vitest';
import { groupPins, pinShape } from '../../../src/lib/finder/map-pins.ts';
import type { TerminalPosition } from '../../../src/lib/finder/positions.ts';

const at = (id: string, lat: number, lng: number, precision: TerminalPosition['precision']): TerminalPosition => ({
	id,
	lat,
	lng,
	precision,
});

describe('groupPins', () => {
	test.each([
		{ name: 'no terminals, no pins', positions: [], pins: [] },
		{
			name: 'exact terminals at different points are a pin each',
			positions: [at('a', 42.87, 74.59, 'exact'), at('b', 42.88, 74.6, 'exact')],
			pins: [
				{ ids: ['a'], lat: 42.87, lng: 74.59, approximate: false },
				{ ids: ['b'], lat: 42.88, lng: 74.6, approximate: false },
			],
		},
		{
			name: 'a settlement centre holds all its terminals, in list order',
			positions: [at('a', 41.43, 75.99, 'settlement'), at('x', 42.87, 74.59, 'exact'), at('b', 41.43, 75.99, 'settlement')],
			pins: [
				{ ids: ['a', 'b'], lat: 41.43, lng: 75.99, approximate: true },
				{ ids: ['x'], lat: 42.87, lng: 74.59, approximate: false },
			],
		},
		{
			name: 'two terminals printed at the same coordinates share a pin',
			positions: [at('a', 42.87, 74.59, 'exact'), at('b', 42.87, 74.59, 'exact')],
			pins: [{ ids: ['a', 'b'], lat: 42.87, lng: 74.59, approximate: false }],
		},
		{
			name: 'an exact terminal standing on a settlement centre is not taken for a guess',
			positions: [at('a', 42.87, 74.59, 'settlement'), at('b', 42.87, 74.59, 'exact')],
			pins: [
				{ ids: ['a'], lat: 42.87, lng: 74.59, approximate: true },
				{ ids: ['b'], lat: 42.87, lng: 74.59, approximate: false },
			],
		},
	])('$name', ({ positions, pins }) => {
		expect(groupPins(positions)).toEqual(pins);
	});
});

describe('pinShape', () => {
	test.each([
		{ shown: 1, approximate: false, shape: 'exact' },
		{ shown: 2, approximate: false, shape: 'exact' },
		{ shown: 1, approximate: true, shape: 'centre' },
		{ shown: 3, approximate: true, shape: 'centre-count' },
	])('$shown terminal(s) shown, approximate $approximate: $shape', ({ shown, approximate, shape }) => {
		expect(pinShape(approximate, shown)).toBe(shape);
	});
});
