import { describe, expect, test } from 'vitest';
import { pinsToLabel } from '../../../src/lib/finder/pin-labels.ts';

describe('pinsToLabel', () => {
	test.each([
		{ name: 'no pins, no labels', pins: [], labelled: [] },
		{
			name: 'pins far apart are all labelled',
			pins: [
				{ x: 0, y: 0, count: 2 },
				{ x: 100, y: 0, count: 3 },
			],
			labelled: [0, 1],
		},
		{
			name: 'of two overlapping pins, the fuller keeps its count',
			pins: [
				{ x: 0, y: 0, count: 2 },
				{ x: 10, y: 0, count: 5 },
			],
			labelled: [1],
		},
		{
			name: 'as full: the first in the list',
			pins: [
				{ x: 0, y: 0, count: 4 },
				{ x: 10, y: 0, count: 4 },
			],
			labelled: [0],
		},
		{
			name: 'a pin left out frees no room: the next one away from the chosen is labelled',
			pins: [
				{ x: 0, y: 0, count: 9 },
				{ x: 20, y: 0, count: 5 },
				{ x: 40, y: 0, count: 2 },
			],
			labelled: [0, 2],
		},
		{
			name: 'exactly the gap apart is far enough',
			pins: [
				{ x: 0, y: 0, count: 2 },
				{ x: 26, y: 0, count: 3 },
			],
			labelled: [0, 1],
		},
	])('$name', ({ pins, labelled }) => {
		expect([...pinsToLabel(pins, 26)].sort((a, b) => a - b)).toEqual(labelled);
	});
});
