import type { Column } from './find-columns.ts';
import type { TableRow } from './find-rows.ts';
import type { Line } from './group-lines.ts';
import type { Segment } from './rulings.ts';

/** A ruled band with the rows read from it. */
interface RuledBand {
	top: number;
	lines: Line[];
	rows: TableRow[];
}

// Half the width of the thickest ruling drawn as a thin bar, plus rounding.
const onRuling = 2;

/**
 * Cells merged down several rows (Excel's merged cells, HTML's rowspan) print their text once,
 * centred across the rows, with no ruling between those rows in that column. Every terminal in
 * such a run reads the column from all of the run's lines, so each row of a merged «Область»
 * gets the region, not just the row it happens to sit beside.
 */
export function shareMergedCells(bands: readonly RuledBand[], columns: readonly Column[], horizontal: readonly Segment[]): void {
	for (const column of columns) {
		if (column.field === 'n') continue;
		const middle = (column.x0 + column.x1) / 2;
		const ruledAbove = (band: RuledBand) =>
			horizontal.some((segment) => Math.abs(segment.at - band.top) <= onRuling && segment.start <= middle && segment.end >= middle);
		let run: RuledBand[] = [];
		for (const band of [...bands, undefined]) {
			if (band && (run.length === 0 || !ruledAbove(band))) {
				run.push(band);
				continue;
			}
			if (run.length > 1) {
				const lines = run.flatMap((member) => member.lines);
				for (const row of run.flatMap((member) => member.rows)) if (row.kind === 'terminal') (row.shared ??= new Map()).set(column, lines);
			}
			run = band ? [band] : [];
		}
	}
}
