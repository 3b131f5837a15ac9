import { expect, test } from 'vitest';
import { splitWords } from '../../../../src/lib/terminal-pdf/text/split-words.ts';

test('places each word of a merged item by the font’s glyph widths', () => {
	// «1 Ош»: a narrow digit, a space, two wide letters; the item is 20 pt wide at 10 pt.
	const widths = new Map([
		[
			'F',
			new Map([
				['1', 0.5],
				[' ', 0.3],
				['О', 0.7],
				['ш', 0.5],
			]),
		],
	]);
	const words = splitWords({ str: '1 Ош', x: 100, y: 50, width: 20, height: 10, fontName: 'F' }, widths);
	expect(words.map(({ text }) => text)).toEqual(['1', 'Ош']);
	expect(words[0]?.x0).toBeCloseTo(100);
	expect(words[0]?.x1).toBeCloseTo(105);
	expect(words[1]?.x0).toBeCloseTo(108);
	expect(words[1]?.x1).toBeCloseTo(120);
	expect(words.map(({ itemStart }) => itemStart)).toEqual([true, false]);
});

test('falls back to average widths for an unknown font and drops whitespace-only text', () => {
	expect(splitWords({ str: '   ', x: 0, y: 0, width: 9, height: 10 }, new Map())).toEqual([]);
	const [word] = splitWords({ str: 'аб', x: 10, y: 0, width: 10, height: 10 }, new Map());
	expect([word?.x0, word?.x1, word?.top, word?.bottom]).toEqual([10, 20, 0, 10]);
});
