import { expect, test } from 'vitest';
import { cellText, inColumn } from '../../../../src/lib/terminal-pdf/table/column-text.ts';
import { groupLines } from '../../../../src/lib/terminal-pdf/table/group-lines.ts';
import { splitWords } from '../../../../src/lib/terminal-pdf/text/split-words.ts';
import { item } from '../synthetic-page.ts';

const column = { x0: 100, x1: 200 };

test.each([
	{ name: 'wholly inside', span: { x0: 120, x1: 180 }, inside: true },
	{ name: 'hanging over the left edge, middle inside', span: { x0: 90, x1: 130 }, inside: true },
	{ name: 'hanging over the right edge, middle outside', span: { x0: 170, x1: 240 }, inside: false },
	{ name: 'middle on the left edge', span: { x0: 90, x1: 110 }, inside: true },
	{ name: 'middle on the right edge (it belongs to the next column)', span: { x0: 190, x1: 210 }, inside: false },
	{ name: 'wholly before', span: { x0: 10, x1: 90 }, inside: false },
])('a span $name is in the column: $inside', ({ span, inside }) => {
	expect(inColumn([span], column)).toEqual(inside ? [span] : []);
});

test('cellText joins the lines of a column as one cell and leaves out the neighbours', () => {
	const lines = groupLines(
		[item('1', 40, 100), item('Кара-', 100, 100), item('Ош', 250, 100), item('Балта, ул.', 100, 112), item('Ленина', 100, 124)].flatMap(
			(one) => splitWords(one, new Map()),
		),
	);
	expect(cellText(lines, column)).toBe('Кара-Балта, ул. Ленина');
	expect(cellText(lines, { x0: 0, x1: 60 })).toBe('1');
});
