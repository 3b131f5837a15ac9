import { expect, test } from 'vitest';
import { dropRepainted } from '../../../../src/lib/terminal-pdf/text/drop-repainted.ts';
import { item } from '../synthetic-page.ts';

const word = item('ул. Котовского, д.42', 100, 200, 8);

test.each([
	{ name: 'painted twice at the same spot (fake bold, fill + stroke)', copy: { ...word }, kept: 1 },
	{ name: 'painted again 0.3 pt right', copy: { ...word, x: word.x + 0.3 }, kept: 1 },
	{ name: 'painted again 0.2 pt right and 0.4 pt down', copy: { ...word, x: word.x + 0.2, y: word.y + 0.4 }, kept: 1 },
	{ name: 'the same text a line below (two rows at one address)', copy: { ...word, y: word.y + 10 }, kept: 2 },
	{ name: 'the same text in the next column', copy: { ...word, x: word.x + 60 }, kept: 2 },
	{ name: 'other text over part of it', copy: { ...item('д.42', 150, 200, 8) }, kept: 2 },
])('$name → $kept item(s)', ({ copy, kept }) => {
	expect(dropRepainted([word, copy])).toHaveLength(kept);
});

test('a row number painted twice stays one number, not 44', () => {
	const four = item('4', 40, 300, 8);
	expect(dropRepainted([four, { ...four, x: 40.25 }, item('5', 40, 314, 8)]).map(({ str }) => str)).toEqual(['4', '5']);
});
