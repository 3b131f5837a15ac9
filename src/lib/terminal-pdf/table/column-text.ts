import { joinCellLines } from '../text/join-cell-lines.ts';
import { wordsText, type Line } from './group-lines.ts';
import type { Span } from './split-by-alignment.ts';

const middle = (span: Span) => (span.x0 + span.x1) / 2;

/** The words or phrases printed in a column: those whose middle is between its edges (the left edge in, the right out). */
export const inColumn = <T extends Span>(spans: readonly T[], column: Span): T[] =>
	spans.filter((span) => middle(span) >= column.x0 && middle(span) < column.x1);

/** The text some lines print in a column, joined as a cell's lines: a row's cell, or a header's. */
export const cellText = (lines: readonly Line[], column: Span) =>
	joinCellLines(lines.map((line) => wordsText(inColumn(line.words, column))));
