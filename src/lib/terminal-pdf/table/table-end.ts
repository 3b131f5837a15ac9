import { inColumn } from './column-text.ts';
import type { Column } from './find-columns.ts';
import { isNumbered } from './find-rows.ts';
import type { Line } from './group-lines.ts';
import { groupPhrases } from './split-by-alignment.ts';

// Text further below the table than this many lines is a footer, not a row, whatever the pitch.
const footerGap = 4;
// Steps between lines seen before the table's own pitch is trusted: a header's gap is not one.
const stepsForPitch = 2;

/** A phrase running over two inner column edges or more: prose, or a section heading spanning the table. */
export function runsAcross(line: Line, inner: readonly number[]): boolean {
	return groupPhrases(line.words).some((phrase) => inner.filter((edge) => phrase.x0 < edge - 1 && phrase.x1 > edge + 1).length >= 2);
}

/** A line that keeps to the columns can start a row when it carries a row number, or text in two columns. */
function startsRow(line: Line, columns: readonly Column[], numberColumn: Column | undefined): boolean {
	if (numberColumn) return isNumbered(line, numberColumn);
	return columns.filter((column) => inColumn(line.words, column).length > 0).length >= 2;
}

/**
 * The table's lines from `from` (the header's end or a ruling) down to where the table ends:
 * before a gap taller than a few lines, or taller than the table's own row pitch (the largest
 * step from one line to the next so far); and before text running across the columns (notes,
 * numbered paragraphs «1. …», a contacts block) that no row follows. A section heading also
 * runs across, but rows follow it.
 */
export function untilTableEnd(lines: readonly Line[], from: number, columns: readonly Column[], numberColumn: Column | undefined): Line[] {
	const band: Line[] = [];
	let bottom = from;
	let pitch = 0;
	let steps = 0;
	let lastStart: Line | undefined;
	for (const line of lines) {
		if (Number.isFinite(bottom) && line.top - bottom > footerGap * line.size) break;
		if (steps >= stepsForPitch && line.top - bottom > pitch) break;
		// The pitch runs from row start to row start: numbered lines in a numbered table (a
		// number may sit centred on a tall row), any line in one without numbers.
		if (!numberColumn || isNumbered(line, numberColumn)) {
			if (lastStart) {
				pitch = Math.max(pitch, line.top - lastStart.top);
				steps += 1;
			}
			lastStart = line;
		}
		band.push(line);
		bottom = Math.max(bottom, line.bottom);
	}
	// Where prose across the columns starts with no row after it, the table has ended. Most tables
	// have no line across them, so whether a line starts a row is asked only below the first one.
	const inner = columns.slice(1).map((column) => column.x0);
	const across = band.map((line) => runsAcross(line, inner));
	const first = across.indexOf(true);
	if (first < 0) return band;
	let rowFollows = false;
	let end = band.length;
	for (let index = band.length - 1; index >= first; index--) {
		const line = band[index] as Line;
		if (!rowFollows && across[index]) end = index;
		rowFollows ||= !across[index] && startsRow(line, columns, numberColumn);
	}
	return band.slice(0, end);
}
