import type { HeaderMatcher } from '../header/map-header.ts';
import { least, most } from '../extremes.ts';
import type { PageContent, TextItem } from '../page-content.ts';
import { dropRepainted } from '../text/drop-repainted.ts';
import { splitWords } from '../text/split-words.ts';
import { findColumns, type Column } from './find-columns.ts';
import { findHeader, isHeaderLine, type HeaderBand } from './find-header.ts';
import { blankNumbersBelowFirstTerminal, isNumbered, splitBand, type BandShape, type TableRow } from './find-rows.ts';
import { groupLines, wordsText, type Line } from './group-lines.ts';
import { shareMergedCells } from './merged-cells.ts';
import { shareUnruledMergedCells } from './merged-unruled.ts';
import { runsAcross, untilTableEnd } from './table-end.ts';
import { bandLines, pageFurniture, type BandLine, type FurnitureLine } from '../document/page-furniture.ts';
import { findRulings, type Rulings } from './rulings.ts';

/** One page read as a table: its columns, rows and the lines printed around the table. */
export interface PageTable {
	page: number;
	/** Lines above the header: the title and date on the first page. */
	above: Line[];
	/** Lines under the table that are no row: a footer, which may carry the date. */
	below: Line[];
	columns: Column[];
	rows: TableRow[];
	/** Text inside the table's area that no cell reads: turned runs over its cells, words beside every column. */
	dropped: number;
	/** Text running across the columns follows the rows on this page (notes, paragraphs): the table ends here. */
	ended: boolean;
}

// «Страница 2 из 6», «2 из 6», «2-бет». A house number such as «75/4» or a bare number can
// wrap onto a line of its own inside a cell, so those are left to the footer gap.
const pageNumber = /^(?:(?:страница|стр\.?|бет|page)\s*(\d+)(?:\s*(?:из|of|\/)\s*(\d+))?|(\d+)\s+(?:из|of|\/)\s+(\d+)|\d+\s*-?\s*бет)$/iu;

function isPageNumber(line: Line): boolean {
	const match = pageNumber.exec(wordsText(line.words));
	const [page, pages] = [match?.[1] ?? match?.[3], match?.[2] ?? match?.[4]];
	return match !== null && (pages === undefined || Number(page) <= Number(pages));
}

interface Band {
	/** The ruling over the band, or the header's end. */
	top: number;
	lines: Line[];
	shape: BandShape;
}

/**
 * The table's rows as bands of lines: between horizontal rulings that cross at least half the
 * table, or, without rulings, one band from the header down to the footer. Lines after the last
 * ruling are rows too when column rulings run down beside them or they hold a row number (a
 * row cut by the page break, the unshaded last row of a striped table); a footer has neither.
 */
function horizontalBands(
	lines: readonly Line[],
	columns: readonly Column[],
	numberColumn: Column | undefined,
	rulings: Rulings,
	after: number,
): Band[] {
	const [x0, x1] = [columns[0]?.x0 ?? 0, columns.at(-1)?.x1 ?? 0];
	const ys = rulings.horizontal
		.filter((segment) => segment.at > after - 1 && Math.min(segment.end, x1) - Math.max(segment.start, x0) >= 0.5 * (x1 - x0))
		.map((segment) => segment.at);
	const last = ys.at(-1);
	const untilEnd = (band: readonly Line[], from: number) => untilTableEnd(band, from, columns, numberColumn);
	if (last === undefined || ys.length < 2) return [{ top: after, lines: untilEnd(lines, after), shape: { ruled: false, spanning: false } }];
	const inner = columns.slice(1).map((column) => column.x0);
	const crossed = (y: number) =>
		rulings.vertical.some((segment) => segment.start <= y && segment.end >= y && inner.some((edge) => Math.abs(segment.at - edge) <= 2));
	const middle = (line: Line) => (line.top + line.bottom) / 2;
	const spans = ys.slice(1).map((y, index) => ({ top: ys[index] as number, bottom: y, crossed: crossed(((ys[index] as number) + y) / 2) }));
	// Only a table whose rows mostly have column rulings shows a row spanning it by their absence;
	// in a striped table the edges of every other row's shading come and go.
	const hasColumnRulings = spans.filter((span) => span.crossed).length >= 0.6 * spans.length;
	const bands = spans.map(({ top, bottom, crossed: isCrossed }) => ({
		top,
		lines: lines.filter((line) => middle(line) > top && middle(line) < bottom),
		shape: { ruled: true, spanning: hasColumnRulings && !isCrossed },
	}));
	const afterLast = untilEnd(
		lines.filter((line) => middle(line) > last),
		last,
	);
	const beside = afterLast.filter((line) => crossed(middle(line)));
	const numbered = beside.length === 0 && numberColumn !== undefined && afterLast.some((line) => isNumbered(line, numberColumn));
	bands.push({ top: last, lines: numbered ? afterLast : beside, shape: { ruled: !numbered, spanning: false } });
	return bands.filter((band) => band.lines.length > 0);
}

const namesAPlace = (columns: readonly Column[]) => columns.some(({ field }) => field === 'address' || field === 'place');

interface HeaderedTable {
	header: HeaderBand;
	columns: Column[];
	/** The lines under the header: rows, and whatever follows the table. */
	below: Line[];
}

/** The page's header row and columns, when its header names where terminals stand (an address or a place). */
function findTable(lines: readonly Line[], rulings: Rulings, matcher: HeaderMatcher): HeaderedTable | undefined {
	const header = findHeader(lines, matcher, rulings.horizontal);
	if (!header) return undefined;
	const below = lines.filter((line) => line.top >= header.end - 0.5 && !header.lines.includes(line));
	const columns = findColumns(header, below, rulings.vertical, matcher);
	return namesAPlace(columns) ? { header, columns, below } : undefined;
}

/** A page's words grouped into lines, page numbers left out. */
export function pageLines(page: PageContent): Line[] {
	const words = dropRepainted(page.items).flatMap((item) => splitWords(item, page.glyphWidths));
	return groupLines(words).filter((line) => !isPageNumber(line));
}

/**
 * Reads one page: words, lines, the header row, columns and rows. A page without a header
 * row reuses the columns of the page before (a list that prints its header only once), and
 * is left out when it holds no terminal (a page of notes after the list). `neighbours` are the
 * top and bottom lines of the pages before and after (`edges` are this page's): what repeats there is page furniture,
 * never a row; it stays in `below`, where a footer's date is looked for.
 */
export function readPageTable(
	page: PageContent,
	matcher: HeaderMatcher,
	previous: readonly Column[] | undefined,
	neighbours: readonly FurnitureLine[] = [],
	lines: readonly Line[] = pageLines(page),
	edges: readonly BandLine[] = bandLines(lines, page),
): PageTable | undefined {
	const furniture = new Set([...pageFurniture(edges, neighbours)].map(({ line }) => line));
	const content = lines.filter((line) => !furniture.has(line));
	const rulings = findRulings(page.rules);
	const table = findTable(lines, rulings, matcher);
	if (!table && !previous) return undefined;
	const columns = table?.columns ?? [...(previous ?? [])];
	const above = table ? content.filter((line) => line.bottom <= table.header.top + 0.5) : [];
	const numberColumn = columns.find((column) => column.field === 'n');
	// A list may print its header again under each section; those lines are not rows.
	const rowLines = (table?.below ?? content).filter((line) => !furniture.has(line) && !isHeaderLine(line, matcher));
	const start = table?.header.end ?? -Infinity;
	// Where the table ends, rulings or not: notes under a ruled table may sit between rulings of their own (an underline, a box).
	const tableLines = untilTableEnd(rowLines, start, columns, numberColumn);
	const bands = horizontalBands(tableLines, columns, numberColumn, rulings, start);
	const read = bands.map((band) => ({ ...band, rows: splitBand(band.lines, columns, numberColumn, band.shape) }));
	shareMergedCells(
		read.filter((band) => band.shape.ruled),
		columns,
		rulings.horizontal,
	);
	if (numberColumn) for (const band of read) if (!band.shape.ruled) shareUnruledMergedCells(band.rows, columns);
	const rows = blankNumbersBelowFirstTerminal(read.flatMap((band) => band.rows));
	if (!table && !rows.some((row) => row.kind === 'terminal')) return undefined;
	const inRows = new Set(bands.flatMap((band) => band.lines));
	const left = rowLines.filter((line) => !inRows.has(line));
	const lastRow = most([...inRows].map((line) => line.bottom));
	// Prose across the columns under the rows ends the table; a short line (a footer, a date) does not.
	const inner = columns.slice(1).map((column) => column.x0);
	const ended = left.some((line) => line.top >= lastRow && runsAcross(line, inner));
	const below = [...left, ...furniture].sort((a, b) => a.top - b.top);
	const printed = [...(table?.header.lines ?? []), ...inRows];
	return { page: page.number, above, below, columns, rows, dropped: droppedInside(page, columns, printed, table?.header.top), ended };
}

/**
 * How much text inside the table's area no cell reads: runs left out as turned whose box covers
 * part of the table, and words on the table's lines beyond its outer columns (beside a ruled
 * frame). Either could be a column that silently went missing.
 */
function droppedInside(page: PageContent, columns: readonly Column[], lines: readonly Line[], headerTop: number | undefined): number {
	const [x0, x1] = [columns[0]?.x0 ?? 0, columns.at(-1)?.x1 ?? 0];
	if (lines.length === 0) return 0;
	const top = headerTop ?? least(lines.map((line) => line.top));
	const bottom = most(lines.map((line) => line.bottom));
	const covers = (item: TextItem) => item.x < x1 && item.x + item.width > x0 && item.y < bottom && item.y + item.height > top;
	const beside = lines.flatMap((line) => line.words).filter((word) => (word.x0 + word.x1) / 2 < x0 || (word.x0 + word.x1) / 2 >= x1);
	return page.turned.filter(covers).length + beside.length;
}
