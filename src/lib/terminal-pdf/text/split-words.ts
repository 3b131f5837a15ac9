import type { GlyphWidths, TextItem } from '../page-content.ts';

/**
 * One word of printed text with its box. `itemStart` marks the first word of a text item;
 * `joined` (set when lines are grouped) says it touches the word before it, with no space between.
 */
export interface Word {
	text: string;
	x0: number;
	x1: number;
	top: number;
	bottom: number;
	size: number;
	itemStart: boolean;
	joined: boolean;
}

// When a font's widths are unknown, an average Cyrillic letter is about half an em.
const fallbackWidth = 0.5;
const fallbackSpace = 0.28;

/**
 * Splits a text item at its spaces and places each word where it was drawn. pdf.js merges runs
 * closer than 0.6 em into one item, so a narrow table's «1 Бишкек ул. Ленина» can be one item
 * across three columns; the font's own glyph advances, scaled to the item's width, put each
 * word back in its column.
 */
export function splitWords(item: TextItem, glyphWidths: GlyphWidths): Word[] {
	const font = item.fontName === undefined ? undefined : glyphWidths.get(item.fontName);
	const chars = [...item.str];
	const widths = chars.map((char) => font?.get(char) ?? (/\s/u.test(char) ? (font?.get(' ') ?? fallbackSpace) : fallbackWidth));
	const total = widths.reduce((sum, width) => sum + width, 0);
	const scale = total > 0 ? item.width / total : 0;
	const words: Word[] = [];
	let x = item.x;
	let current: Word | undefined;
	chars.forEach((char, index) => {
		const advance = (widths[index] ?? 0) * scale;
		if (/\s/u.test(char)) {
			current = undefined;
		} else if (current) {
			current.text += char;
			current.x1 = x + advance;
		} else {
			current = {
				text: char,
				x0: x,
				x1: x + advance,
				top: item.y,
				bottom: item.y + item.height,
				size: item.height,
				itemStart: words.length === 0,
				joined: false,
			};
			words.push(current);
		}
		x += advance;
	});
	return words;
}
