import { joinCellLines } from '../text/join-cell-lines.ts';
import type { Word } from '../text/split-words.ts';
import type { Column } from './find-columns.ts';
import { wordsText, type Line } from './group-lines.ts';
import { groupPhrases } from './split-by-alignment.ts';

/** A row of the table as printed: a terminal, a section heading spanning the table, or lines continuing the row before. */
export interface TableRow {
	kind: 'terminal' | 'section' | 'continuation';
	lines: Line[];
}

const rowNumber = /^\d{1,6}[.)]?$/;
const middle = (word: Word) => (word.x0 + word.x1) / 2;

export const columnWords = (words: readonly Word[], column: Column) => words.filter((word) => middle(word) >= column.x0 && middle(word) < column.x1);

/** The text a row prints in a column: each line's words there, joined as a cell's lines. */
export const cellText = (lines: readonly Line[], column: Column) => joinCellLines(lines.map((line) => wordsText(columnWords(line.words, column))));

/** The whole text of some lines, as one cell: what a section row says. */
export const linesText = (lines: readonly Line[]) => joinCellLines(lines.map((line) => wordsText(line.words)));

/**
 * Lines that start a row when there is no «№» column: the first, and each after a gap clearly
 * wider than the tightest gap between two lines of one cell.
 */
function gapStarts(lines: readonly Line[]): Set<Line> {
	const gaps = lines.slice(1).map((line, index) => line.top - (lines[index] as Line).bottom);
	const tightest = Math.min(...gaps);
	return new Set(lines.filter((line, index) => index === 0 || (gaps[index - 1] ?? 0) > tightest + 0.25 * line.size));
}

/**
 * A section row («Чүй облусу / Чуйская область») spans the table: its text crosses a column
 * edge, or is words (not a number) in the «№» column where a terminal's continuation lines never reach.
 */
function isSectionLine(line: Line, columns: readonly Column[], numberColumn: Column | undefined): boolean {
	if (numberColumn && columnWords(line.words, numberColumn).length > 0) return true;
	const inner = columns.slice(1).map((column) => column.x0);
	return groupPhrases(line.words).some((phrase) => inner.some((edge) => phrase.x0 < edge - 1 && phrase.x1 > edge + 1));
}

/**
 * Splits one band of lines (a ruled row, or the whole table without horizontal rulings) into
 * terminals and sections. A terminal starts at each line with a number in the «№» column
 * (without such a column, at the band's top or after each wider gap); later lines continue it,
 * so wrapped cells of any height stay in their row. In a ruled band, lines above the number
 * belong to its row too (vertically centred cells). Lines before any start continue the last
 * terminal of the page before.
 */
export function splitBand(band: readonly Line[], columns: readonly Column[], numberColumn: Column | undefined, ruled: boolean): TableRow[] {
	const starts = new Set(
		numberColumn ? band.filter((line) => rowNumber.test(wordsText(columnWords(line.words, numberColumn)))) : ruled ? band.slice(0, 1) : gapStarts(band),
	);
	// A ruled band holding several numbers is a table ruled only around its header and foot.
	const oneRow = ruled && starts.size <= 1;
	const rows: TableRow[] = [];
	let current: TableRow | undefined;
	for (const line of band) {
		const start = starts.has(line);
		const section = !(oneRow && starts.size > 0) && !(start && numberColumn) && isSectionLine(line, columns, numberColumn);
		if (section) {
			if (current?.kind !== 'section') rows.push((current = { kind: 'section', lines: [] }));
			current.lines.push(line);
		} else if (start) {
			const above = oneRow && current?.kind === 'continuation' ? (rows.pop()?.lines ?? []) : [];
			rows.push((current = { kind: 'terminal', lines: [...above, line] }));
		} else if (current) {
			current.lines.push(line);
		} else {
			rows.push((current = { kind: 'continuation', lines: [line] }));
		}
	}
	return rows;
}
