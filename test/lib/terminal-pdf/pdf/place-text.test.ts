import { expect, test } from 'vitest';
import type { Matrix } from '../../../../src/lib/terminal-pdf/pdf/operator-shapes.ts';
import { placeText } from '../../../../src/lib/terminal-pdf/pdf/place-text.ts';

// Matrices in top-down page space, as the adapter hands them over: an upright 10 pt run has d = -10.
const cos30 = Math.cos(Math.PI / 6);
const sin30 = Math.sin(Math.PI / 6);

test.each([
	{ name: 'upright text', matrix: [10, 0, 0, -10, 100, 200] },
	{ name: 'a synthetic italic (Tm = [1 0 0.25 1])', matrix: [10, 0, -2.5, -10, 100, 200] },
	{ name: 'an oblique face leaning back', matrix: [10, 0, 1.5, -10, 100, 200] },
	{ name: 'a skew too small to see', matrix: [10, 0.05, 0, -10, 100, 200] },
] satisfies { name: string; matrix: Matrix }[])('$name is read, placed by its baseline start', ({ matrix }) => {
	expect(placeText('Бишкек', 30, 'f1', matrix)).toEqual({
		kind: 'upright',
		item: { str: 'Бишкек', x: 100, y: 192, width: 30, height: 10, fontName: 'f1' },
	});
});

test.each([
	{ name: 'text running up the page', matrix: [0, -10, -10, 0, 50, 300], box: { x: 42, y: 270, width: 10, height: 30 } },
	{ name: 'text running down the page', matrix: [0, 10, 10, 0, 50, 300], box: { x: 48, y: 300, width: 10, height: 30 } },
	{ name: 'upside-down text', matrix: [-10, 0, 0, 10, 130, 300], box: { x: 100, y: 298, width: 30, height: 10 } },
	{
		name: 'a stamp at 30°',
		matrix: [10 * cos30, -10 * sin30, -10 * sin30, -10 * cos30, 100, 300],
		box: { x: 96, y: 278.07, width: 30.98, height: 23.66 },
	},
] satisfies { name: string; matrix: Matrix; box: object }[])('$name is left out, with the box it covers', ({ matrix, box }) => {
	const placed = placeText('ОБРАЗЕЦ', 30, 'f1', matrix);
	expect(placed.kind).toBe('turned');
	const rounded = Object.fromEntries(['x', 'y', 'width', 'height'].map((key) => [key, Number((placed.item as never)[key]).toFixed(2)]));
	expect(rounded).toEqual(Object.fromEntries(Object.entries(box).map(([key, value]) => [key, value.toFixed(2)])));
	expect(placed.item.str).toBe('ОБРАЗЕЦ');
});
