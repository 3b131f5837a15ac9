import { describe, expect, test } from 'vitest';
import { pinAt } from '../../../src/lib/finder/pin-at.ts';

const pins = [
	{ x: 100, y: 100, r: 7 },
	{ x: 110, y: 100, r: 7 },
	{ x: 300, y: 300, r: 17 },
	{ x: 300, y: 300, r: 7 },
];

describe('pinAt', () => {
	test.each([
		{ name: 'a tap on a pin’s centre', x: 100, y: 98, slop: 0, found: 0 },
		{ name: 'between two overlapping pins, the nearer', x: 106, y: 100, slop: 0, found: 1 },
		{ name: 'just outside a pin, without slop', x: 92, y: 100, slop: 0, found: -1 },
		{ name: 'just outside a pin, within a fingertip’s slop', x: 92, y: 100, slop: 8, found: 0 },
		{ name: 'on the ring of a large pin, away from the small one drawn over it', x: 314, y: 300, slop: 0, found: 2 },
		{ name: 'two pins on one point: the one drawn last, on top', x: 300, y: 300, slop: 0, found: 3 },
		{ name: 'far from every pin', x: 200, y: 200, slop: 8, found: -1 },
	])('$name', ({ x, y, slop, found }) => {
		expect(pinAt(pins, x, y, slop)).toBe(found);
	});

	test('no pins, nothing found', () => {
		expect(pinAt([], 0, 0, 8)).toBe(-1);
	});
});
