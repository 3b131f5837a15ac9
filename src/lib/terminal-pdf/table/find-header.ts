import { least, most } from '../extremes.ts';
import { fieldsNamedIn, type HeaderMatcher } from '../header/map-header.ts';
import { headerTokens } from '../header/normalize-header.ts';
import { printedCells } from './printed-cells.ts';
import { groupPhrases } from './split-by-alignment.ts';
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

// Each line's count of header words, asked again for every band the line may start or join.
const hits = new WeakMap<HeaderMatcher, WeakMap<Line, number>>();
function vocabularyHits(line: Line, matcher: HeaderMatcher): number {
	let counts = hits.get(matcher);
	if (!counts) hits.set(matcher, (counts = new WeakMap()));
	let count = counts.get(line);
	if (count === undefined) {
		count = headerTokens(wordsText(line.words)).filter((token) => matcher.vocabulary.has(token)).length;
		counts.set(line, count);
	}
	return count;
}

// A header cell is a few words, no figures: a data cell naming a field («ТЦ Объект 7») is not one.
const maxHeaderCellTokens = 8;
const figure = /\d/u;

/**
 * A header printed cell by cell, where the list's own columns may be any share of it: some
 * cells («Адрес», «Место / установки» over two lines) are each mostly header words, together
 * naming the address or the place and at least one other field, whatever the other cells say
 * («Тип устройства», «Валюта»). Cells are the phrases of the lines that overlap side to side.
 */
export function isHeaderBand(lines: readonly Line[], matcher: HeaderMatcher): boolean {
	// The cheap test first, as for a single line: two header words at least.
	if (lines.reduce((sum, line) => sum + vocabularyHits(line, matcher), 0) < 2) return false;
	const fields = new Set(
		printedCells(lines)
			.filter((cell) => !figure.test(cell) && headerTokens(cell).length <= maxHeaderCellTokens && vocabularyShare(cell, matcher) >= 0.5)
			.flatMap((cell) => [...fieldsNamedIn(cell, matcher)]),
	);
	return (fields.has('address') || fields.has('place')) && fields.size >= 2;
}

// A line of header words stacked on or under the header line: «Дарек» over «Адрес».
const isHeaderContinuation = (line: Line, matcher: HeaderMatcher) => vocabularyShare(wordsText(line.words), matcher) === 1;

// A header cell's words wrap over at most this many lines.
const maxStackedLines = 3;

/**
 * The first line that is a header (`isHeaderLine`), or the first band of up to three lines,
 * each within a line's height of the next, that is one (`isHeaderBand`): a header whose cells
 * wrap («Место» over «установки»), or that names columns the list does not use; whichever starts higher.
 */
function findSeed(lines: readonly Line[], matcher: HeaderMatcher): { seedIndex: number; seedEnd: number } | undefined {
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as Line;
		if (isHeaderLine(line, matcher)) return { seedIndex: index, seedEnd: index };
		// A title over the header is no part of it: the band starts at a line with header words of its own.
		if (vocabularyHits(line, matcher) === 0 || !printedCells([line]).some((cell) => vocabularyShare(cell, matcher) >= 0.5)) continue;
		let end = index;
		while (true) {
			if (isHeaderBand(lines.slice(index, end + 1), matcher)) return { seedIndex: index, seedEnd: end };
			const next = lines[end + 1];
			const current = lines[end] as Line;
			if (!next || end - index + 1 >= maxStackedLines || next.top - current.bottom >= Math.max(current.size, next.size)) break;
			end += 1;
		}
	}
	return undefined;
}

/**
 * The rest of header cells wrapped onto the next line («Режим» over «работы», «Тип» over
 * «устройства», words the synonyms need not know): no figures, as the first row's number or
 * house number has, and every phrase under a phrase of the header lines above.
 */
function isStackedUnder(line: Line, header: readonly Line[]): boolean {
	if (figure.test(wordsText(line.words))) return false;
	const above = header.flatMap((headerLine) => groupPhrases(headerLine.words));
	return groupPhrases(line.words).every((phrase) => above.some((cell) => phrase.x0 < cell.x1 && phrase.x1 > cell.x0));
}

/**
 * Finds the header row on a page. With rulings, the header is everything between the rulings
 * above and below its first line; without, it grows through the neighbouring lines made only of
 * header words (the other language, the rest of a wrapped header) that sit within a line's height.
 */
export function findHeader(lines: readonly Line[], matcher: HeaderMatcher, horizontal: readonly Segment[]): HeaderBand | undefined {
	const found = findSeed(lines, matcher);
	if (!found) return undefined;
	const { seedIndex, seedEnd } = found;
	const seed = lines[seedIndex] as Line;
	const seedLast = lines[seedEnd] as Line;
	const x0 = least(seed.words.map((word) => word.x0));
	const x1 = most(seed.words.map((word) => word.x1));
	const across = horizontal.filter((segment) => segment.start < x0 + (x1 - x0) / 2 && segment.end > x0 + (x1 - x0) / 2);
	const above = across.filter((segment) => segment.at <= seed.top + 0.2 * seed.size).at(-1)?.at;
	const below = across.find((segment) => segment.at >= seedLast.bottom - 0.2 * seedLast.size)?.at;
	// Rulings far apart are a frame or a page-sized background, not the header row's cell.
	if (above !== undefined && below !== undefined && below - above <= maxRuledHeaderLines * seed.size) {
		const band = lines.filter((line) => line.top >= above - 0.5 && line.bottom <= below + 0.5);
		return { lines: band, top: above, end: below };
	}
	let first = seedIndex;
	let last = seedEnd;
	const near = (a: Line, b: Line) => b.top - a.bottom < Math.max(a.size, b.size);
	// A cell's wrapped lines sit closer than a row's padding: half a line at most.
	const wrapped = (a: Line, b: Line) => b.top - a.bottom < 0.5 * Math.max(a.size, b.size);
	while (first > 0 && near(lines[first - 1] as Line, lines[first] as Line) && isHeaderContinuation(lines[first - 1] as Line, matcher))
		first -= 1;
	while (
		last < lines.length - 1 &&
		near(lines[last] as Line, lines[last + 1] as Line) &&
		(isHeaderContinuation(lines[last + 1] as Line, matcher) ||
			(wrapped(lines[last] as Line, lines[last + 1] as Line) && isStackedUnder(lines[last + 1] as Line, lines.slice(seedIndex, last + 1))))
	)
		last += 1;
	const band = lines.slice(first, last + 1);
	return { lines: band, top: least(band.map((line) => line.top)), end: most(band.map((line) => line.bottom)) };
}
