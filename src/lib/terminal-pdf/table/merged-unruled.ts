import { least, most } from '../extremes.ts';
import { inColumn } from './column-text.ts';
import type { Column } from './find-columns.ts';
import type { TableRow } from './find-rows.ts';
import type { Line } from './group-lines.ts';

// How far a merged cell's middle may sit from the middle of the rows it spans, in row pitches.
const centred = 0.3;

const middleOf = (lines: readonly Line[]) => (least(lines.map((line) => line.top)) + most(lines.map((line) => line.bottom))) / 2;

interface Span {
	lo: number;
	hi: number;
}

/**
 * Splits the rows among the filled cells, top to bottom: each filled cell's span starts where the
 * one before ended and ends where its middle is nearest the text's, before the next filled cell;
 * the last reaches the last row. `undefined` when some span cannot be centred on its text.
 */
function coveringSpans(printed: readonly Line[][], terminals: readonly TableRow[], pitch: number): Map<number, Span> | undefined {
	const filled = printed.flatMap((block, index) => (block.length > 0 ? [index] : []));
	const spans = new Map<number, Span>();
	let lo = 0;
	for (const [t, index] of filled.entries()) {
		const block = printed[index] as Line[];
		const own = (at: number) => (terminals[at] as TableRow).lines.filter((line) => at === index || !block.includes(line));
		const last = t === filled.length - 1 ? terminals.length - 1 : (filled[t + 1] as number) - 1;
		let best: { hi: number; off: number } | undefined;
		for (let hi = t === filled.length - 1 ? last : index; hi <= last; hi++) {
			const off = Math.abs(middleOf([...own(lo), ...own(hi)]) - middleOf(block));
			if (!best || off < best.off) best = { hi, off };
		}
		if (!best || best.off > centred * pitch) return undefined;
		spans.set(index, { lo, hi: best.hi });
		lo = best.hi + 1;
	}
	return spans;
}

/**
 * Without rulings, a cell merged down over several rows (HTML's rowspan, Excel's merge) prints its
 * text once, centred across the rows it spans, and those rows print nothing else in that column.
 * Each filled cell spans the blank rows around it so that the span's middle is the text's middle
 * (`coveringSpans`). A column is read so only when every row falls in a span so centred: a column
 * with blanks nothing explains (a place left empty) keeps its blanks, and no row borrows a
 * neighbour's text. Only tables with a «№» column are read so: the numbers say where rows start.
 */
export function shareUnruledMergedCells(rows: readonly TableRow[], columns: readonly Column[]): void {
	const terminals = rows.filter((row) => row.kind === 'terminal');
	if (terminals.length < 2) return;
	const tops = terminals.map((row) => least(row.lines.map((line) => line.top)));
	const pitch = ((tops.at(-1) as number) - (tops[0] as number)) / (terminals.length - 1);
	for (const column of columns) {
		if (column.field === undefined || column.field === 'n') continue;
		const printed = terminals.map((row) => row.lines.filter((line) => inColumn(line.words, column).length > 0));
		if (printed.every((block) => block.length > 0)) continue;
		const spans = coveringSpans(printed, terminals, pitch);
		if (!spans) continue;
		for (const [index, { lo, hi }] of spans)
			for (let at = lo; at <= hi; at++) ((terminals[at] as TableRow).shared ??= new Map()).set(column, printed[index] as Line[]);
	}
}
