import { expect, test } from 'vitest';
import { multiply, type Matrix } from '../../../../src/lib/terminal-pdf/pdf/operator-shapes.ts';
import { uprightTurn } from '../../../../src/lib/terminal-pdf/pdf/upright.ts';

const apply = (m: Matrix, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

// Text 10 pt high at (100, 50) on an upright A4 page, then the same page turned each way as a viewer shows it.
const size = 10;
const pages: { name: string; text: Matrix; width: number; height: number }[] = [
	{ name: 'upright', text: [size, 0, 0, -size, 100, 50], width: 595, height: 842 },
	{ name: 'turned clockwise (text runs down)', text: [0, size, size, 0, 792, 100], width: 842, height: 595 },
	{ name: 'upside down', text: [-size, 0, 0, size, 495, 792], width: 595, height: 842 },
	{ name: 'turned anticlockwise (text runs up)', text: [0, -size, -size, 0, 50, 495], width: 842, height: 595 },
];

test.each(pages)('a page $name is turned so its text reads left to right at the same place', ({ text, width, height }) => {
	const upright = uprightTurn([{ matrix: text, length: 5 }], width, height);
	const [a, b, c, d, e, f] = multiply(upright.matrix, text);
	expect([a, b, c, d].map((value) => Math.round(value) + 0)).toEqual([size, 0, 0, -size]);
	expect([e, f].map((value) => Math.round(value) + 0)).toEqual([100, 50]);
	expect([upright.width, upright.height]).toEqual([595, 842]);
	expect(apply(upright.matrix, 0, 0).every((value) => value >= 0 && value <= 842)).toBe(true);
});

test('the direction most text runs in wins over a few rotated captions', () => {
	const upright = uprightTurn(
		[
			{ matrix: [size, 0, 0, -size, 0, 0], length: 400 },
			{ matrix: [0, size, size, 0, 0, 0], length: 30 },
		],
		595,
		842,
	);
	expect(upright.matrix).toEqual([1, 0, 0, 1, 0, 0]);
});
