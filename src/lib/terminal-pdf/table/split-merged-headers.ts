import { fieldsNamedIn, type HeaderMatcher } from '../header/map-header.ts';
import type { Word } from '../text/split-words.ts';
import { cellText, inColumn } from './column-text.ts';
import type { HeaderBand } from './find-header.ts';
import { gutter, type Span } from './split-by-alignment.ts';

/** A column before its field is known: edges and header text. */
export interface HeaderSpan {
	x0: number;
	x1: number;
	header: string;
}

interface ColumnEvidence {
	band: HeaderBand;
	dataPhrases: readonly Span[];
	dataWords: readonly Span[];
	matcher: HeaderMatcher;
}

// More header words over one column than any table prints. Splitting tries every gap against the
// whole header, so its cost grows with the square of the words: a hostile line is left whole.
const maxSplitWords = 200;

/**
 * In a tight table without rulings two header cells can sit closer than a wide space
 * («№ п/п Шаар, айыл» as one run of text). A column whose header names two fields is split at
 * the gap between header words that leaves both sides naming a field and that the data rows
 * leave emptiest; then each side is checked again.
 */
export function splitMergedHeaders(column: HeaderSpan, evidence: ColumnEvidence): HeaderSpan[] {
	if (fieldsNamedIn(column.header, evidence.matcher).size < 2) return [column];
	if (column.header.split(' ').length > maxSplitWords) return [column];
	const cuts = evidence.band.lines.flatMap((line) => {
		const words = inColumn(line.words, column);
		return words.slice(1).map((word, index) => [(words[index] as Word).x1, word.x0] as const);
	});
	const headerText = (x0: number, x1: number) => cellText(evidence.band.lines, { x0, x1 });
	const named = (x0: number, x1: number) => fieldsNamedIn(headerText(x0, x1), evidence.matcher).size > 0;
	const candidates = cuts
		.map(([from, to]) => {
			const between = (span: Span) => span.x1 > from && span.x0 < to;
			const at = gutter(from, to, evidence.dataPhrases.filter(between), evidence.dataWords.filter(between));
			const crossing = (spans: readonly Span[]) => spans.filter((span) => span.x0 < at && span.x1 > at).length;
			return { at, cost: crossing(evidence.dataPhrases) * 1e6 + crossing(evidence.dataWords) };
		})
		.filter(({ at }) => named(column.x0, at) && named(at, column.x1))
		.sort((a, b) => a.cost - b.cost);
	const best = candidates[0];
	if (!best) return [column];
	return [
		...splitMergedHeaders({ x0: column.x0, x1: best.at, header: headerText(column.x0, best.at) }, evidence),
		...splitMergedHeaders({ x0: best.at, x1: column.x1, header: headerText(best.at, column.x1) }, evidence),
	];
}
