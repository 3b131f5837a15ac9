import type { Line } from '../table/group-lines.ts';
import { wordsText } from '../table/group-lines.ts';

/** Where a line of page furniture sits and what it says, with its figures blanked. */
export interface FurnitureLine {
	band: 'top' | 'bottom';
	key: string;
	/** The figures blanked in `key`, in order. */
	numbers: number[];
	page: number;
	top: number;
	x0: number;
	x1: number;
}

// Running headers and footers live in the top and bottom sixth of a page.
const band = 1 / 6;
// Words of two letters or more that make one line repeated exactly a running title.
const minWords = 3;
// How far the same furniture may move between pages (a wider page number, a rounding).
const samePlace = 3;

// «Стр. 3 из 7» and «Стр. 4 из 7», «по состоянию на 01.11.2026» on every page: the same line.
const furnitureKey = (line: Line) => wordsText(line.words).replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();

/** A line of a page's top or bottom band, with what `pageFurniture` compares. */
export interface BandLine extends FurnitureLine {
	line: Line;
}

/** The lines in a page's top and bottom bands, as `pageFurniture` compares them with other pages'. */
export function bandLines(lines: readonly Line[], page: { number: number; height: number }): BandLine[] {
	return lines
		.filter((line) => line.bottom <= band * page.height || line.top >= (1 - band) * page.height)
		.map((line) => ({
			line,
			band: line.bottom <= band * page.height ? ('top' as const) : ('bottom' as const),
			key: furnitureKey(line),
			numbers: (wordsText(line.words).match(/\d+/gu) ?? []).map(Number),
			page: page.number,
			top: line.top,
			x0: line.words[0]?.x0 ?? 0,
			x1: line.words.at(-1)?.x1 ?? 0,
		}));
}

/**
 * Whether two lines' figures are the same but for a page number: each differs by nothing or by
 * exactly how many pages apart the lines are. Row numbers of the first rows on two pages differ
 * by the rows a page holds, so a row is never taken for furniture for its figures alone.
 */
const sameButPageNumber = (line: FurnitureLine, other: FurnitureLine) =>
	line.numbers.every((value, index) => {
		const difference = Math.abs(value - (other.numbers[index] ?? Number.NaN));
		return difference === 0 || difference === Math.abs(line.page - other.page);
	});

/** How `line` repeats on another page: not at all, exactly, or with its page number changed. */
function repeats(line: FurnitureLine, others: readonly FurnitureLine[]): 'no' | 'exactly' | 'numbered' {
	let found: 'no' | 'exactly' = 'no';
	for (const other of others) {
		if (other.key !== line.key || Math.abs(other.top - line.top) > samePlace) continue;
		const aligned =
			Math.abs(other.x0 - line.x0) <= samePlace ||
			Math.abs(other.x1 - line.x1) <= samePlace ||
			Math.abs(other.x0 + other.x1 - line.x0 - line.x1) <= 2 * samePlace;
		if (!aligned || !sameButPageNumber(line, other)) continue;
		if (line.numbers.some((value, index) => value !== other.numbers[index])) return 'numbered';
		found = 'exactly';
	}
	return found;
}

/**
 * The page's furniture: from the top edge down and from the bottom edge up, the lines in the
 * band that a neighbouring page prints at the same place with the same words (a page number
 * aside) — a running title, a date, «Стр. 3 из 7». Never a row or part of a cell. One line
 * repeated exactly and alone («15:00», «область» at the top of two pages) may be the wrapped
 * end of a row cut by each page break, so a block counts when it counts the pages, has two
 * lines or more, or says something (three words or more).
 */
export function pageFurniture<T extends FurnitureLine>(lines: readonly T[], others: readonly FurnitureLine[]): Set<T> {
	const furniture = new Set<T>();
	if (others.length === 0) return furniture;
	const block = (ordered: readonly T[]) => {
		const found: T[] = [];
		let numbered = false;
		for (const line of ordered) {
			const how = repeats(line, others);
			if (how === 'no') break;
			numbered ||= how === 'numbered';
			found.push(line);
		}
		const wordy = found.some((line) => (line.key.match(/\p{L}{2,}/gu) ?? []).length >= minWords);
		if (numbered || found.length >= 2 || wordy) for (const line of found) furniture.add(line);
	};
	const sorted = [...lines].sort((a, b) => a.top - b.top);
	block(sorted.filter((line) => line.band === 'top'));
	block(sorted.filter((line) => line.band === 'bottom').reverse());
	return furniture;
}
