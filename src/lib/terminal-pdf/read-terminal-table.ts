import { collectPage, newCollector } from './document/collect-terminals.ts';
import { emptyColumnWarnings } from './document/column-warnings.ts';
import { placeByCoordinates } from './document/coordinates.ts';
import { listWarnings } from './document/number-warnings.ts';
import { findDate, findTitle } from './document/title-and-date.ts';
import { TerminalPdfError } from './errors.ts';
import type { HeaderSynonyms } from './header/header-synonyms.ts';
import { headerMatcher } from './header/map-header.ts';
import type { PageContent } from './page-content.ts';
import type { Terminal, TerminalWarning } from './schema.ts';
import type { Column } from './table/find-columns.ts';
import type { Line } from './table/group-lines.ts';
import { pageLines, readPageTable } from './table/read-page-table.ts';
import { bandLines, type BandLine, type FurnitureLine } from './document/page-furniture.ts';
import { missingFromHeader, nearestHeader, type NearestHeader } from './document/nearest-header.ts';

/** The table the pages print: the terminals in order, what to check, and the heading and date above it. */
export interface TerminalTable {
	terminals: Terminal[];
	warnings: TerminalWarning[];
	/** The largest text above the table, when there is any. */
	title?: string;
	/** The «Обновлено: …» date as printed, above the table or in a footer. */
	date?: string;
	/** How many pages were read. */
	pages: number;
}

/**
 * Reads the terminal table from pages in order, however they were read (pdf.js, or built by a
 * test), holding one page at a time. Throws a `TerminalPdfError` when there is no table to give:
 * `damaged` (no pages), `no-text` (nothing but images), `no-table` (text, or only turned text,
 * but no table); never returns an empty list.
 */
export async function readTerminalTable(
	pages: AsyncIterable<PageContent> | Iterable<PageContent>,
	synonyms: HeaderSynonyms,
): Promise<TerminalTable> {
	const matcher = headerMatcher(synonyms);
	const collector = newCollector();
	let pageCount = 0;
	let textItems = 0;
	let turnedItems = 0;
	let columns: Column[] | undefined;
	let above: Line[] | undefined;
	let footerDate: string | undefined;
	// Each page is read once the next one is in, so what repeats in the top or bottom band of
	// either neighbour is known to be page furniture: two pages are held at a time.
	let pending: { page: PageContent; lines: Line[]; bands: BandLine[] } | undefined;
	let bandsBefore: FurnitureLine[] = [];
	let headerSeen = false;
	// For a refusal: the line nearest to a header, while no page has shown one.
	let nearest: NearestHeader | undefined;
	const read = ({ page, lines, bands }: { page: PageContent; lines: Line[]; bands: BandLine[] }, neighbours: FurnitureLine[]) => {
		const table = readPageTable(page, matcher, columns, neighbours, lines, bands);
		if (!headerSeen && !table) nearest = nearestHeader(lines, page.number, matcher, nearest);
		if (!table) return;
		above ??= table.above;
		footerDate ??= findDate(table.below, synonyms.dateLabels)?.date;
		// Once something other than furniture follows the rows, the table is over: a later page
		// continues it only by printing its header again.
		columns = table.ended ? undefined : table.columns;
		headerSeen = true;
		collectPage(collector, table);
	};
	for await (const page of pages) {
		pageCount += 1;
		textItems += page.items.length;
		turnedItems += page.turned.length;
		const lines = pageLines(page);
		const current = { page, lines, bands: bandLines(lines, page) };
		if (pending) {
			read(pending, [...bandsBefore, ...current.bands]);
			bandsBefore = pending.bands;
		}
		pending = current;
	}
	if (pending) read(pending, bandsBefore);
	if (pageCount === 0) throw new TerminalPdfError('damaged', { pages: 0 });
	if (textItems === 0 && turnedItems === 0) throw new TerminalPdfError('no-text', { pages: pageCount });
	if (textItems === 0) throw new TerminalPdfError('no-table', { turned: turnedItems });
	if (!headerSeen) throw new TerminalPdfError('no-table', { detail: missingFromHeader(nearest) });
	if (collector.terminals.length === 0)
		throw new TerminalPdfError('no-table', { detail: 'the header is there but no terminal rows under it' });
	const heading = findDate(above ?? [], synonyms.dateLabels);
	const title = findTitle(above ?? [], heading?.line);
	const date = heading?.date ?? footerDate;
	const coordinateWarnings = placeByCoordinates(collector.coordinates);
	const warnings: TerminalWarning[] = [
		...(collector.numberedInOrder ? [{ code: 'numbered-in-order' } as const] : []),
		...collector.warnings,
		...emptyColumnWarnings(collector.columnUse),
		...listWarnings(collector.terminals),
		...coordinateWarnings,
	];
	return {
		terminals: collector.terminals,
		warnings,
		...(title === undefined ? {} : { title }),
		...(date === undefined ? {} : { date }),
		pages: pageCount,
	};
}
