import { least, most } from '../extremes.ts';
import { isIgnoredHeader, mapHeaderToField, type HeaderMatcher } from '../header/map-header.ts';
import { inheritGroupFields } from './group-headers.ts';
import type { ColumnField } from '../schema.ts';
import { groupPhrases, splitByAlignment } from './split-by-alignment.ts';
import { splitMergedHeaders, type HeaderSpan } from './split-merged-headers.ts';
import { cellText, inColumn } from './column-text.ts';
import type { HeaderBand } from './find-header.ts';
import type { Line } from './group-lines.ts';
import { rulingsAcross, type Segment } from './rulings.ts';

/** A column of the table: its left and right edges, the header text printed over it and the field it names. */
export interface Column {
	x0: number;
	x1: number;
	header: string;
	/** `undefined` for a column the list does not use (a terminal code, a note). */
	field: ColumnField | undefined;
	/** The synonyms list its header as left out on purpose: no `unknown-column` warning. */
	ignored?: true;
}

/**
 * The table's columns on one page. Vertical rulings that cross the whole header row are
 * column edges; where there are none (or a ruled span still holds several header cells), the
 * edges are found by alignment in the gaps between header cells, and a header naming two
 * fields is split between them.
 */
export function findColumns(band: HeaderBand, dataLines: readonly Line[], vertical: readonly Segment[], matcher: HeaderMatcher): Column[] {
	const headerWords = band.lines.flatMap((line) => line.words);
	const textTop = least(band.lines.map((line) => line.top));
	const textBottom = most(band.lines.map((line) => line.bottom));
	const rulings = rulingsAcross(vertical, textTop, textBottom);
	const edges = [-Infinity, ...rulings, Infinity];
	const dataWords = dataLines.flatMap((line) => line.words);
	const dataPhrases = dataLines.flatMap((line) => groupPhrases(line.words));
	const columns: HeaderSpan[] = [];
	for (let i = 1; i < edges.length; i++) {
		const [left, right] = [edges[i - 1] as number, edges[i] as number];
		const ruledSpan = { x0: left, x1: right };
		const cells = band.lines.flatMap((line) => groupPhrases(inColumn(line.words, ruledSpan)));
		if (cells.length === 0) continue;
		const cuts = splitByAlignment(cells, inColumn(dataPhrases, ruledSpan), inColumn(dataWords, ruledSpan));
		const bounds = [left, ...cuts, right];
		for (let j = 1; j < bounds.length; j++) {
			const [x0, x1] = [bounds[j - 1] as number, bounds[j] as number];
			columns.push(...splitMergedHeaders({ x0, x1, header: cellText(band.lines, { x0, x1 }) }, { band, dataPhrases, dataWords, matcher }));
		}
	}
	// Open outer edges end where the text below the header ends, so the table has a width to measure rulings against.
	const extent = [...headerWords, ...dataWords];
	const first = columns[0];
	const last = columns.at(-1);
	if (first && first.x0 === -Infinity) first.x0 = least(extent.map((word) => word.x0)) - 1;
	if (last && last.x1 === Infinity) last.x1 = most(extent.map((word) => word.x1)) + 1;
	return inheritGroupFields(
		columns.map((column) => {
			const field = mapHeaderToField(column.header, matcher);
			return { ...column, field, ...(field === undefined && isIgnoredHeader(column.header, matcher) ? { ignored: true as const } : {}) };
		}),
		band,
		matcher,
	);
}
