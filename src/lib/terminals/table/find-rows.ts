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

const isNumbered = (line: Line, numberColumn: Column) => rowNumber.test(wordsText(columnWords(line.words, numberColumn)));

/**
 * The band cut into blocks at every gap clearly wider than the tightest gap between two lines
 * of one cell: rows, when the table pads its rows.
 */
function blocksByGap(lines: readonly Line[]): Line[][] {
	const gaps = lines.slice(1).map((line, index) => line.top - (lines[index] as Line).bottom);
	const tightest = Math.min(...gaps);
	const blocks: Line[][] = [];
	lines.forEach((line, index) => {
		if (index === 0 || (gaps[index - 1] ?? 0) > tightest + 0.25 * line.size) blocks.push([line]);
		else blocks.at(-1)?.push(line);
	});
	return blocks;
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
 * The lines that start a terminal. With a «№» column, each numbered line does; but when the
 * gaps cut the band into blocks holding one number each (or only section text), each block's
 * first line does, so a number centred on a tall row keeps the lines above it. Without one,
 * each block starts a terminal.
 */
function rowStarts(band: readonly Line[], columns: readonly Column[], numberColumn: Column | undefined): Set<Line> {
	const blocks = blocksByGap(band);
	if (!numberColumn) return new Set(blocks.map((block) => block[0] as Line));
	const numbered = new Set(band.filter((line) => isNumbered(line, numberColumn)));
	const count = (block: readonly Line[]) => block.filter((line) => numbered.has(line)).length;
	const oneNumberEach = blocks.every((block) => count(block) === 1 || (count(block) === 0 && block.every((line) => isSectionLine(line, columns, numberColumn))));
	return oneNumberEach ? new Set(blocks.filter((block) => count(block) === 1).map((block) => block[0] as Line)) : numbered;
}

/** How a band was cut: by horizontal rulings (one printed row), and whether any inner column ruling crosses it. */
export interface BandShape {
	ruled: boolean;
	/** No column ruling crosses the band: one cell spans the table, as a section row does. */
	spanning: boolean;
}

/**
 * Splits one band of lines (a ruled row, or the whole table without horizontal rulings) into
 * terminals and sections. Terminals start where `rowStarts` says; later lines continue them, so
 * wrapped cells of any height stay in their row. A ruled band with one number is one terminal,
 * whatever line the number is on; a ruled band with none is a section when it spans the table.
 * Lines before any start continue the last terminal of the page before.
 */
export function splitBand(band: readonly Line[], columns: readonly Column[], numberColumn: Column | undefined, shape: BandShape): TableRow[] {
	const starts = rowStarts(band, columns, numberColumn);
	// A ruled band holding several numbers is a table ruled only around its header and foot.
	const oneRow = shape.ruled && (starts.size <= 1 || !numberColumn);
	if (oneRow && numberColumn && starts.size === 0 && (shape.spanning || band.some((line) => isSectionLine(line, columns, numberColumn)))) {
		return [{ kind: 'section', lines: [...band] }];
	}
	if (oneRow) return [{ kind: starts.size === 0 && numberColumn ? 'continuation' : 'terminal', lines: [...band] }];
	const rows: TableRow[] = [];
	let current: TableRow | undefined;
	for (const line of band) {
		const start = starts.has(line);
		const section = !(numberColumn && (start || isNumbered(line, numberColumn))) && isSectionLine(line, columns, numberColumn);
		if (section) {
			if (current?.kind !== 'section') rows.push((current = { kind: 'section', lines: [] }));
			current.lines.push(line);
		} else if (start) {
			rows.push((current = { kind: 'terminal', lines: [line] }));
		} else if (current) {
			current.lines.push(line);
		} else {
			rows.push((current = { kind: 'continuation', lines: [line] }));
		}
	}
	return rows;
}
