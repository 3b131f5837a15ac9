import { expect, test } from 'vitest';
import { least, most } from '../../../src/lib/terminal-pdf/extremes.ts';

test.each([
	{ name: 'no values', values: [], least: Infinity, most: -Infinity },
	{ name: 'one value', values: [3], least: 3, most: 3 },
	{ name: 'negatives and fractions', values: [2.5, -1, 0, 7], least: -1, most: 7 },
	{
		name: '300,000 values, more than a call takes arguments',
		values: Array.from({ length: 300_000 }, (_, i) => i - 5),
		least: -5,
		most: 299_994,
	},
])('$name', ({ values, least: smallest, most: largest }) => {
	expect([least(values), most(values)]).toEqual([smallest, largest]);
});
