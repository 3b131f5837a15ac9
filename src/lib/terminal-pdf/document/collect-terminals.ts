import {
	columnFields,
	reportedColumns,
	textFields,
	type ColumnField,
	type ReportedColumn,
	type Terminal,
	type TerminalWarning,
} from '../schema.ts';
import { cellText } from '../table/column-text.ts';
import { linesText, type TableRow } from '../table/find-rows.ts';
import type { Column } from '../table/find-columns.ts';
import type { PageTable } from '../table/read-page-table.ts';
import { joinCellLines } from '../text/join-cell-lines.ts';

/** Terminals gathered page after page: the current section carries over to the next page. */
interface TerminalCollector {
	terminals: Terminal[];
	warnings: TerminalWarning[];
	section: string;
	/** True once some page had no «№» column, so its rows were numbered in the order printed. */
	numberedInOrder: boolean;
	/** Per page and column: how many terminals started there and how many rows printed text in it. */
	columnUse: ColumnUse[];
	/** The coordinates cells as printed, one entry per terminal that has a coordinates column; read once every row is whole. */
	coordinates: CoordinateCells[];
	/** Headers of columns no field maps to, already reported. */
	unknownHeaders: Set<string>;
}

/** A terminal's coordinates as printed: both numbers in one cell, or one column each. */
export interface CoordinateCells {
	terminal: Terminal;
	coordinates: string;
	lat: string;
	lng: string;
}

export interface ColumnUse {
	page: number;
	field: ReportedColumn;
	header: string;
	terminals: number;
	filled: number;
}

export const newCollector = (): TerminalCollector => ({
	terminals: [],
	warnings: [],
	section: '',
	numberedInOrder: false,
	columnUse: [],
	coordinates: [],
	unknownHeaders: new Set(),
});

/** The first column for each field: a second «Адрес» column (another language) is left out. */
function fieldColumns(columns: readonly Column[]): Map<ColumnField, Column> {
	const map = new Map<ColumnField, Column>();
	for (const column of columns) if (column.field && !map.has(column.field)) map.set(column.field, column);
	return map;
}

function cells(row: TableRow, columns: Map<ColumnField, Column>): Record<ColumnField, string> {
	const text = (field: ColumnField) => {
		const column = columns.get(field);
		return column ? cellText(row.shared?.get(column) ?? row.lines, column) : '';
	};
	return Object.fromEntries(columnFields.map((field) => [field, text(field)])) as Record<ColumnField, string>;
}

const coordinateFields = ['coordinates', 'lat', 'lng'] as const satisfies readonly ColumnField[];

/** Adds one page's rows: sections set the region, continuations extend the last terminal's cells. */
export function collectPage(collector: TerminalCollector, table: PageTable): void {
	const columns = fieldColumns(table.columns);
	const hasCoordinates = coordinateFields.some((field) => columns.has(field));
	const use = reportedColumns.flatMap((field) => {
		const column = columns.get(field);
		return column ? [{ page: table.page, field, header: column.header, terminals: 0, filled: 0 }] : [];
	});
	for (const column of table.columns) {
		if (column.field !== undefined || column.ignored || column.header === '' || collector.unknownHeaders.has(column.header)) continue;
		collector.unknownHeaders.add(column.header);
		collector.warnings.push({ code: 'unknown-column', header: column.header, page: table.page });
	}
	let found = 0;
	for (const row of table.rows) {
		if (row.kind === 'section') {
			collector.section = linesText(row.lines);
			continue;
		}
		const printed = cells(row, columns);
		for (const column of use) if (printed[column.field] !== '') column.filled += 1;
		const last = collector.terminals.at(-1);
		if (row.kind === 'continuation') {
			if (!last) continue;
			for (const field of textFields) last[field] = joinCellLines([last[field], printed[field]]);
			const cells = collector.coordinates.at(-1);
			if (cells?.terminal === last) for (const field of coordinateFields) cells[field] = joinCellLines([cells[field], printed[field]]);
			continue;
		}
		found += 1;
		for (const column of use) column.terminals += 1;
		const printedNumber = Number.parseInt(printed.n, 10);
		const n = Number.isNaN(printedNumber) ? (last?.n ?? 0) + 1 : printedNumber;
		if (!columns.has('n')) collector.numberedInOrder = true;
		else if (Number.isNaN(printedNumber)) {
			collector.warnings.push({ code: 'unnumbered-row', n, ...(last ? { after: last.n } : {}), page: table.page });
		}
		const terminal = {
			n,
			region: printed.region === '' ? collector.section : printed.region,
			city: printed.city,
			address: printed.address,
			place: printed.place,
			hours: printed.hours,
		};
		collector.terminals.push(terminal);
		if (hasCoordinates) collector.coordinates.push({ terminal, coordinates: printed.coordinates, lat: printed.lat, lng: printed.lng });
	}
	collector.columnUse.push(...use);
	if (found === 0) collector.warnings.push({ code: 'header-without-rows', page: table.page });
	if (table.dropped > 0) collector.warnings.push({ code: 'dropped-text', count: table.dropped, page: table.page });
}
