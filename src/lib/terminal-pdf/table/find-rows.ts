import { joinCellLines } from '../text/join-cell-lines.ts';
import type { Word } from '../text/split-words.ts';
import { inColumn } from './column-text.ts';
import type { Column } from './find-columns.ts';
import { wordsText, type Line } from './group-lines.ts';
import { groupPhrases } from './split-by-alignment.ts';

/** A row of the table as printed: a terminal, a section heading spanning the table, or lines continuing the row before. */
export interface TableRow {
	kind: 'terminal' | 'section' | 'continuation';
	lines: Line[];
	/** Columns this row reads from other lines: a cell merged down several rows. */
	shared?: Map<Column, Line[]>;
}

const rowNumber = /^\d{1,6}[.)]?$/;
/** The whole text of some lines, as one cell: what a section row says. */
export const linesText = (lines: readonly Line[]) => joinCellLines(lines.map((line) => wordsText(line.words)));

/** Whether the line prints a row number in the «№» column. Asked of every line, so it stops at the first word past the column (a line's words run left to right). */
export function isNumbered(line: Line, numberColumn: Column): boolean {
	const inside: Word[] = [];
	for (const word of line.words) {
		if (word.x0 >= numberColumn.x1) break;
		if ((word.x0 + word.x1) / 2 >= numberColumn.x0 && (word.x0 + word.x1) / 2 < numberColumn.x1) inside.push(word);
	}
	return rowNumber.test(wordsText(inside));
}

/**
 * The tightest gap between two lines of one column: the leading inside a wrapped cell (or, on
 * a page with no wrapped cell, the gap between rows).
 */
function tightestGap(lines: readonly Line[], columns: readonly Column[]): number {
	const gaps = columns.flatMap((column) => {
		const printed = lines.filter((line) => inColumn(line.words, column).length > 0);
		return printed.slice(1).map((line, index) => line.top - (printed[index] as Line).bottom);
	});
	return Math.max(
		0,
		gaps.reduce((min, gap) => (gap >= 0 ? Math.min(min, gap) : min), Infinity),
	);
}

/**
 * The band cut into blocks at every gap clearly wider than the tightest gap inside a cell:
 * rows, when the table pads its rows. A gap is measured from the lowest line so far, as the
 * lines of a row with vertically centred cells interleave.
 */
function blocksByGap(lines: readonly Line[], columns: readonly Column[]): Line[][] {
	const tightest = tightestGap(lines, columns);
	const blocks: Line[][] = [];
	let lowest = -Infinity;
	for (const line of lines) {
		if (blocks.length === 0 || line.top - lowest > tightest + 0.25 * line.size) blocks.push([line]);
		else blocks.at(-1)?.push(line);
		lowest = Math.max(lowest, line.bottom);
	}
	return blocks;
}

/**
 * A section row («Чүй облусу / Чуйская область») spans the table: its text crosses a column
 * edge, or is words (not a number) in the «№» column where a terminal's continuation lines never reach.
 */
function isSectionLine(line: Line, columns: readonly Column[], numberColumn: Column | undefined): boolean {
	if (numberColumn && inColumn(line.words, numberColumn).length > 0) return true;
	const inner = columns.slice(1).map((column) => column.x0);
	return groupPhrases(line.words).some((phrase) => inner.some((edge) => phrase.x0 < edge - 1 && phrase.x1 > edge + 1));
}

/**
 * Without a «№» column, a block printed in a single column that is neither the address nor
 * the place is a section heading («Чүй облусу»): a terminal always says where it stands.
 */
function isHeadingBlock(block: readonly Line[], columns: readonly Column[]): boolean {
	const used = columns.filter((column) => block.some((line) => inColumn(line.words, column).length > 0));
	return used.length === 1 && used[0]?.field !== 'address' && used[0]?.field !== 'place';
}

/** Which lines start a terminal, which carry a number, and which are section headings. */
interface RowPlan {
	starts: Set<Line>;
	numbered: Set<Line>;
	sections: Set<Line>;
}

/**
 * With a «№» column, each numbered line starts a terminal; but when the gaps cut the band into
 * blocks holding one number each (or only section text), each block's first line does, so a
 * number centred on a tall row keeps the lines above it. Without one, each block starts a
 * terminal unless it is a heading.
 */
function planRows(band: readonly Line[], columns: readonly Column[], numberColumn: Column | undefined): RowPlan {
	const blocks = blocksByGap(band, columns);
	const firstLines = (list: readonly Line[][]) => new Set(list.map((block) => block[0] as Line));
	if (!numberColumn) {
		const headings = blocks.filter(
			(block) => isHeadingBlock(block, columns) || block.some((line) => isSectionLine(line, columns, undefined)),
		);
		return { starts: firstLines(blocks), numbered: new Set(), sections: new Set(headings.flat()) };
	}
	const numbered = new Set(band.filter((line) => isNumbered(line, numberColumn)));
	const sections = new Set(band.filter((line) => !numbered.has(line) && isSectionLine(line, columns, numberColumn)));
	const count = (block: readonly Line[]) => block.filter((line) => numbered.has(line)).length;
	const oneNumberEach = blocks.every((block) => count(block) === 1 || (count(block) === 0 && block.every((line) => sections.has(line))));
	return { starts: oneNumberEach ? firstLines(blocks.filter((block) => count(block) === 1)) : numbered, numbered, sections };
}

/** How a band was cut: by horizontal rulings (one printed row), and whether any inner column ruling crosses it. */
export interface BandShape {
	ruled: boolean;
	/** No column ruling crosses the band: one cell spans the table, as a section row does. */
	spanning: boolean;
}

/** A ruled band is one row: a heading, a terminal, or (numbered table, no number) the rest of a row cut by the page break. */
function ruledRow(band: readonly Line[], plan: RowPlan, numbered: boolean, shape: BandShape): TableRow {
	const lines = [...band];
	if (!numbered) return { kind: shape.spanning || band.every((line) => plan.sections.has(line)) ? 'section' : 'terminal', lines };
	if (plan.numbered.size > 0) return { kind: 'terminal', lines };
	return { kind: shape.spanning || band.some((line) => plan.sections.has(line)) ? 'section' : 'continuation', lines };
}

/**
 * Splits one band of lines (a ruled row, or the whole table without horizontal rulings) into
 * terminals and sections. Terminals start where `planRows` says; later lines continue them, so
 * wrapped cells of any height stay in their row. Lines before any start continue the last
 * terminal of the page before.
 */
export function splitBand(
	band: readonly Line[],
	columns: readonly Column[],
	numberColumn: Column | undefined,
	shape: BandShape,
): TableRow[] {
	const plan = planRows(band, columns, numberColumn);
	// A ruled band holding several numbers is a table ruled only around its header and foot.
	if (shape.ruled && plan.numbered.size <= 1) return [ruledRow(band, plan, numberColumn !== undefined, shape)];
	const rows: TableRow[] = [];
	let current: TableRow | undefined;
	for (const line of band) {
		const start = plan.starts.has(line);
		if (plan.sections.has(line) && !(numberColumn && start)) {
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

/**
 * Only rows above a page's first terminal can be the rest of a row cut by the page break. A
 * ruled row without a number further down is a terminal of its own whose «№» cell is blank:
 * joining it to the row above would silently merge two terminals.
 */
export function blankNumbersBelowFirstTerminal(rows: readonly TableRow[]): TableRow[] {
	let seenTerminal = false;
	return rows.map((row) => {
		if (row.kind === 'continuation' && seenTerminal) return { ...row, kind: 'terminal' };
		seenTerminal ||= row.kind === 'terminal';
		return row;
	});
}
