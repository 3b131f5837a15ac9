/** A horizontal stretch of printed text. */
export interface Span {
	x0: number;
	x1: number;
}

interface SizedSpan extends Span {
	size: number;
}

// Words further apart than this (in em) are separate phrases: wider than a space, narrower than a column gap.
const phraseGap = 0.45;
const step = 0.25;

/** Merges one line's words (sorted left to right) into phrases: the runs of text between wide gaps. */
export function groupPhrases(words: readonly SizedSpan[]): Span[] {
	const phrases: SizedSpan[] = [];
	for (const word of words) {
		const last = phrases.at(-1);
		if (last && word.x0 - last.x1 < phraseGap * Math.max(last.size, word.size)) last.x1 = Math.max(last.x1, word.x1);
		else phrases.push({ x0: word.x0, x1: word.x1, size: word.size });
	}
	return phrases;
}

/** Header phrases that overlap horizontally belong to one header cell: «Дарек» over «Адрес». */
function headerCells(phrases: readonly Span[]): Span[] {
	const cells: Span[] = [];
	for (const phrase of [...phrases].sort((a, b) => a.x0 - b.x0)) {
		const last = cells.at(-1);
		if (last && phrase.x0 < last.x1) last.x1 = Math.max(last.x1, phrase.x1);
		else cells.push({ ...phrase });
	}
	return cells;
}

const covering = (spans: readonly Span[], x: number) => spans.reduce((count, span) => count + (span.x0 <= x && x <= span.x1 ? 1 : 0), 0);

/**
 * Where, between two header cells, one column ends and the next begins: the stretch the data
 * rows leave most empty (fewest phrases crossing it, then fewest words), the widest such
 * stretch, at its middle. Left-aligned, right-aligned and centred columns all leave such a gutter.
 */
export function gutter(from: number, to: number, phrases: readonly Span[], words: readonly Span[]): number {
	if (to - from <= step) return (from + to) / 2;
	let best = { score: Infinity, start: from, end: from };
	let run: typeof best | undefined;
	for (let x = from; x <= to; x += step) {
		const score = covering(phrases, x) * 1e6 + covering(words, x);
		if (run && score === run.score) run.end = x;
		else run = { score, start: x, end: x };
		if (run.score < best.score || (run.score === best.score && run.end - run.start > best.end - best.start)) best = { ...run };
	}
	return (best.start + best.end) / 2;
}

/** Column edges inside one span of the table, one between each pair of neighbouring header cells. */
export function splitByAlignment(headerPhrases: readonly Span[], dataPhrases: readonly Span[], dataWords: readonly Span[]): number[] {
	const cells = headerCells(headerPhrases);
	return cells.slice(1).map((cell, index) => {
		const before = cells[index] as Span;
		const between = (span: Span) => span.x1 > before.x1 && span.x0 < cell.x0;
		return gutter(before.x1, cell.x0, dataPhrases.filter(between), dataWords.filter(between));
	});
}
