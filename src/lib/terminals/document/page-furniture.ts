import type { Line } from '../table/group-lines.ts';
import { wordsText } from '../table/group-lines.ts';

/** Where a line of page furniture sits and what it says, with its figures blanked. */
export interface FurnitureLine {
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
// Words of two letters or more that a line repeated exactly must hold to be furniture.
const minWords = 3;
// How far the same furniture may move between pages (a wider page number, a rounding).
const samePlace = 3;

// «Стр. 3 из 7» and «Стр. 4 из 7», «по состоянию на 01.11.2026» on every page: the same line.
const furnitureKey = (line: Line) => wordsText(line.words).replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();

/** The lines in a page's top and bottom bands, as `isFurniture` compares them with other pages. */
export function bandLines(lines: readonly Line[], page: { number: number; height: number }): FurnitureLine[] {
	return lines
		.filter((line) => line.bottom <= band * page.height || line.top >= (1 - band) * page.height)
		.map((line) => ({
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

/**
 * Page furniture: a line in the top or bottom band that another page prints at the same place
 * with the same words (a page number aside): a running title, a date, «Стр. 3 из 7». Never a
 * row or part of a cell. Left, right or centre may stay put, as the text is aligned.
 */
export function isFurniture(line: FurnitureLine, others: readonly FurnitureLine[]): boolean {
	// A short line repeated exactly («15:00», «круглосуточно») may be the wrapped end of a row cut
	// by each page break; a running line says more than that, or counts the pages.
	const wordy = (line.key.match(/\p{L}{2,}/gu) ?? []).length >= minWords;
	return others.some(
		(other) =>
			other.key === line.key &&
			sameButPageNumber(line, other) &&
			(wordy || line.numbers.some((value, index) => value !== other.numbers[index])) &&
			Math.abs(other.top - line.top) <= samePlace &&
			(Math.abs(other.x0 - line.x0) <= samePlace ||
				Math.abs(other.x1 - line.x1) <= samePlace ||
				Math.abs(other.x0 + other.x1 - line.x0 - line.x1) <= 2 * samePlace),
	);
}
