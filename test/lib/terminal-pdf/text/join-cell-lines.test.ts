import { expect, test } from 'vitest';
import { collapseWhitespace, joinCellLines } from '../../../../src/lib/terminal-pdf/text/join-cell-lines.ts';

test.each([
	{ name: 'words over two lines get one space', lines: ['ГУМ «Чынар», 1-й', 'этаж'], expected: 'ГУМ «Чынар», 1-й этаж' },
	{ name: 'an en dash ending a line joins with no space', lines: ['09:00–', '18:00'], expected: '09:00–18:00' },
	{ name: 'a hyphen ending a line joins with no space', lines: ['Кара-', 'Балта'], expected: 'Кара-Балта' },
	{ name: 'an em dash and a minus sign too', lines: ['пн—', 'пт 09:00−', '18:00'], expected: 'пн—пт 09:00−18:00' },
	{ name: 'a dash standing apart at a line end keeps a space after it', lines: ['09:00 –', '18:00'], expected: '09:00 – 18:00' },
	{ name: 'a hyphen standing apart too', lines: ['пн -', 'пт'], expected: 'пн - пт' },
	{ name: 'a line-end dash followed by stray spaces still joins', lines: ['Кара-\u00a0 ', ' Балта'], expected: 'Кара-Балта' },
	{ name: 'a dash inside a line changes nothing', lines: ['пн–пт', '09:00'], expected: 'пн–пт 09:00' },
	{ name: 'whitespace of every kind collapses', lines: ['  ул.\u00a0Ленина,\t', ' 5 \u200b '], expected: 'ул. Ленина, 5' },
	{ name: 'line breaks inside a line are spaces', lines: ['ул. Ленина,\r\n5'], expected: 'ул. Ленина, 5' },
	{ name: 'empty lines are skipped', lines: ['', 'Ош', '  '], expected: 'Ош' },
	{ name: 'no lines is an empty cell', lines: [], expected: '' },
])('$name', ({ lines, expected }) => {
	expect(joinCellLines(lines)).toBe(expected);
});

test('collapseWhitespace keeps a single space and trims', () => {
	expect(collapseWhitespace('\n a \u2060  b\u3000')).toBe('a b');
});
