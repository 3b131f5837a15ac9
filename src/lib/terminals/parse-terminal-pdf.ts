import { createHash } from 'node:crypto';
import { defaultCaps } from './caps.ts';
import { findDate, findTitle } from './document/title-and-date.ts';
import { collectPage, newCollector } from './document/collect-terminals.ts';
import { listWarnings } from './document/number-warnings.ts';
import { TerminalPdfError } from './errors.ts';
import type { HeaderSynonyms } from './header/header-synonyms.ts';
import { headerMatcher } from './header/map-header.ts';
import { openPdf } from './pdf/read-pdf-pages.ts';
import { TerminalListSchema, type TerminalList } from './schema.ts';
import type { Column } from './table/find-columns.ts';
import { readPageTable } from './table/read-page-table.ts';
import type { Line } from './table/group-lines.ts';

export interface ParseOptions {
	/** The header words, from `content/terminals/header-synonyms.json`. */
	synonyms: HeaderSynonyms;
	/** Files larger than this are refused with `too-large`; default 25 MB. */
	maxBytes?: number;
	/** Documents with more pages are refused with `too-large`; default 300. */
	maxPages?: number;
	/** Reading stops with `timeout` after this long; default 60 s. */
	timeoutMs?: number;
}

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** Checks what can be checked without pdf.js: size, the %PDF- header, the %%EOF end marker. */
function checkBytes(bytes: Uint8Array, maxBytes: number): void {
	if (bytes.length === 0) throw new TerminalPdfError('empty');
	if (bytes.length > maxBytes) throw new TerminalPdfError('too-large', { bytes: bytes.length, maxBytes });
	const head = latin1(bytes.subarray(0, 1024));
	if (!head.includes('%PDF-')) {
		const start = head.slice(0, 16).replace(/[^\x20-\x7e].*$/s, '');
		const firstBytes = [...bytes.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
		throw new TerminalPdfError('not-pdf', { start, detail: firstBytes });
	}
	// A download cut short loses the end marker; pdf.js would silently rebuild what it can.
	if (!latin1(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF')) {
		throw new TerminalPdfError('damaged', { detail: 'the file ends before the %%EOF marker, so it was cut short' });
	}
}

/**
 * Turns the bank's terminal list into exact rows, or throws a `TerminalPdfError` with a code;
 * never a half result. Pages are read and released one at a time.
 */
export async function parseTerminalPdf(bytes: Uint8Array, options: ParseOptions): Promise<TerminalList> {
	const { maxBytes, maxPages, timeoutMs } = { ...defaultCaps, ...options };
	const deadline = performance.now() + timeoutMs;
	checkBytes(bytes, maxBytes);
	const matcher = headerMatcher(options.synonyms);
	const pdf = await openPdf(bytes, { maxPages, deadline, timeoutMs });
	const collector = newCollector();
	let textItems = 0;
	let columns: Column[] | undefined;
	let above: Line[] | undefined;
	let footerDate: string | undefined;
	try {
		for await (const page of pdf.pageContents()) {
			textItems += page.items.length;
			const table = readPageTable(page, matcher, columns);
			if (!table) continue;
			above ??= table.above;
			footerDate ??= findDate(table.below, options.synonyms.dateLabels)?.date;
			columns = table.columns;
			collectPage(collector, table);
		}
	} finally {
		await pdf.close();
	}
	if (textItems === 0) throw new TerminalPdfError('no-text', { pages: pdf.pages });
	if (!columns)
		throw new TerminalPdfError('no-table', { detail: 'no page has a header row naming the address or place column and one more' });
	if (collector.terminals.length === 0)
		throw new TerminalPdfError('no-table', { detail: 'the header is there but no terminal rows under it' });
	const heading = findDate(above ?? [], options.synonyms.dateLabels);
	const title = findTitle(above ?? [], heading?.line);
	const date = heading?.date ?? footerDate;
	const warnings = [
		...(collector.numberedInOrder ? ['the table has no «№» column; terminals are numbered in the order printed'] : []),
		...collector.warnings,
		...listWarnings(collector.terminals),
	];
	return TerminalListSchema.parse({
		source: {
			sha256: createHash('sha256').update(bytes).digest('hex'),
			bytes: bytes.length,
			pages: pdf.pages,
			...(title === undefined ? {} : { title }),
			...(date === undefined ? {} : { date }),
		},
		terminals: collector.terminals,
		warnings,
	});
}
