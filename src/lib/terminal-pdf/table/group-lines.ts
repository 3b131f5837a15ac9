import type { Word } from '../text/split-words.ts';

/** Words printed on one baseline, left to right. */
export interface Line {
	words: Word[];
	top: number;
	bottom: number;
	size: number;
}

// Words closer than this (in em) were drawn as one run: «Бишкек» and «,» in two fonts.
const touching = 0.12;

/** The text of some words of one line, with a space wherever the words did not touch. */
export function wordsText(words: readonly Word[]): string {
	return words.map((word, index) => (index === 0 || word.joined ? word.text : ` ${word.text}`)).join('');
}

/** The line whose band holds `middle`, looking back only as far as lines that end above it. */
function lineAt(lines: readonly Line[], middle: number): Line | undefined {
	for (let index = lines.length - 1; index >= 0; index--) {
		const candidate = lines[index] as Line;
		if (middle > candidate.top + 0.1 * candidate.size && middle < candidate.bottom - 0.1 * candidate.size) return candidate;
		// Words come sorted by bottom, so lines far above cannot hold this one.
		if (candidate.bottom < middle - 2 * candidate.size) return undefined;
	}
	return undefined;
}

/**
 * Groups words into lines by their vertical middle: a word joins a line when its middle falls
 * inside the line's band. Cells in one table row that sit a little higher or lower (a different
 * font) still land on one line; the next line of a wrapped cell does not.
 */
export function groupLines(words: readonly Word[]): Line[] {
	const sorted = [...words].sort((a, b) => a.bottom - b.bottom || a.x0 - b.x0);
	const lines: Line[] = [];
	for (const word of sorted) {
		const middle = (word.top + word.bottom) / 2;
		const line = lineAt(lines, middle);
		if (line) {
			line.words.push(word);
			line.top = Math.min(line.top, word.top);
			line.bottom = Math.max(line.bottom, word.bottom);
			line.size = Math.max(line.size, word.size);
		} else {
			lines.push({ words: [word], top: word.top, bottom: word.bottom, size: word.size });
		}
	}
	for (const line of lines) {
		line.words.sort((a, b) => a.x0 - b.x0);
		line.words.forEach((word, index) => {
			const before = line.words[index - 1];
			word.joined = before !== undefined && word.itemStart && word.x0 - before.x1 < touching * word.size;
		});
	}
	return lines.sort((a, b) => a.top - b.top);
}
