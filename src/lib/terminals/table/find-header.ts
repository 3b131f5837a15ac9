import { least, most } from '../extremes.ts';
import { fieldsNamedIn, type HeaderMatcher } from '../header/map-header.ts';
import { headerTokens } from '../header/normalize-header.ts';
import type { Segment } from './rulings.ts';
import { wordsText, type Line } from './group-lines.ts';

/** The lines of a table's header row. */
export interface HeaderBand {
	lines: Line[];
	/** The ruling over the header, or its first line's top: the title is above. */
	top: number;
	/** The ruling under the header, or its last line's bottom: rows are below. */
	end: number;
}

const maxRuledHeaderLines = 8;

const vocabularyShare = (text: string, matcher: HeaderMatcher) => {
	const tokens = headerTokens(text);
	return tokens.length === 0 ? 0 : tokens.filter((token) => matcher.vocabulary.has(token)).length / tokens.length;
};

/**
 * A header line names at least two fields and is at least half header words (the rest being
 * columns the list does not use), so a title such as «Адреса и режим работы терминалов» or a
 * data row mentioning «айыл» and «область» is not one.
 */
export function isHeaderLine(line: Line, matcher: HeaderMatcher): boolean {
	const text = wordsText(line.words);
	// Every row line is asked: the share is one set lookup per word and rules out nearly all of
	// them, so the search through every synonym runs only on lines of header words.
	return vocabularyShare(text, matcher) >= 0.5 && fieldsNamedIn(text, matcher).size >= 2;
}

// A line of header words stacked on or under the header line: «Дарек» over «Адрес».
const isHeaderContinuation = (line: Line, matcher: HeaderMatcher) => vocabularyShare(wordsText(line.words), matcher) === 1;

/**
 * Finds the header row on a page. With rulings, the header is everything between the rulings
 * above and below its first line; without, it grows through the neighbouring lines made only of
 * header words (the other language, the rest of a wrapped header) that sit within a line's height.
 */
export function findHeader(lines: readonly Line[], matcher: HeaderMatcher, horizontal: readonly Segment[]): HeaderBand | undefined {
	const seedIndex = lines.findIndex((line) => isHeaderLine(line, matcher));
	const seed = lines[seedIndex];
	if (!seed) return undefined;
	const x0 = least(seed.words.map((word) => word.x0));
	const x1 = most(seed.words.map((word) => word.x1));
	const across = horizontal.filter((segment) => segment.start < x0 + (x1 - x0) / 2 && segment.end > x0 + (x1 - x0) / 2);
	const above = across.filter((segment) => segment.at <= seed.top + 0.2 * seed.size).at(-1)?.at;
	const below = across.find((segment) => segment.at >= seed.bottom - 0.2 * seed.size)?.at;
	// Rulings far apart are a frame or a page-sized background, not the header row's cell.
	if (above !== undefined && below !== undefined && below - above <= maxRuledHeaderLines * seed.size) {
		const band = lines.filter((line) => line.top >= above - 0.5 && line.bottom <= below + 0.5);
		return { lines: band, top: above, end: below };
	}
	let first = seedIndex;
	let last = seedIndex;
	const near = (a: Line, b: Line) => b.top - a.bottom < Math.max(a.size, b.size);
	while (first > 0 && near(lines[first - 1] as Line, lines[first] as Line) && isHeaderContinuation(lines[first - 1] as Line, matcher))
		first -= 1;
	while (
		last < lines.length - 1 &&
		near(lines[last] as Line, lines[last + 1] as Line) &&
		isHeaderContinuation(lines[last + 1] as Line, matcher)
	)
		last += 1;
	const band = lines.slice(first, last + 1);
	return { lines: band, top: least(band.map((line) => line.top)), end: most(band.map((line) => line.bottom)) };
}
