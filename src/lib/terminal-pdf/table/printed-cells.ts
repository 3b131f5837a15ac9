import { inColumn } from './column-text.ts';
import { wordsText, type Line } from './group-lines.ts';
import { groupPhrases, type Span } from './split-by-alignment.ts';
import { joinCellLines } from '../text/join-cell-lines.ts';

/**
 * The text of each cell some lines print, read without columns: phrases (runs of words between
 * wide gaps) that overlap side to side across the lines are one cell, read top to bottom, so
 * «Место» over «установки» is «Место установки» and «Дарек» over «Адрес» one cell.
 */
export function printedCells(lines: readonly Line[]): string[] {
	const phrases = lines.flatMap((line, row) => groupPhrases(line.words).map((span) => ({ ...span, row })));
	const cells: (Span & { members: typeof phrases })[] = [];
	for (const phrase of phrases.sort((a, b) => a.x0 - b.x0)) {
		const last = cells.at(-1);
		if (last && phrase.x0 < last.x1) {
			last.x1 = Math.max(last.x1, phrase.x1);
			last.members.push(phrase);
		} else cells.push({ x0: phrase.x0, x1: phrase.x1, members: [phrase] });
	}
	return cells.map((cell) =>
		joinCellLines(
			lines.map((line, row) =>
				cell.members
					.filter((member) => member.row === row)
					.map((member) => wordsText(inColumn(line.words, member)))
					.join(' '),
			),
		),
	);
}
