import { createHash } from 'node:crypto';
import { defaultCaps, type ParseOptions } from './caps.ts';
import { TerminalPdfError } from './errors.ts';
import { openPdf } from './pdf/read-pdf-pages.ts';
import { startPdfjsThread, type PdfjsThread } from './pdf/start-pdfjs-thread.ts';
import { readTerminalTable } from './read-terminal-table.ts';
import { TerminalListSchema, type TerminalList } from './schema.ts';

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

const endMarker = [...'%%EOF'].map((char) => char.charCodeAt(0));

/** Whether `%%EOF` occurs anywhere in the file, searched from the end, where it nearly always is. */
function hasEndMarker(bytes: Uint8Array): boolean {
	for (let at = bytes.lastIndexOf(0x25); at >= 0; at = at === 0 ? -1 : bytes.lastIndexOf(0x25, at - 1))
		if (endMarker.every((byte, offset) => bytes[at + offset] === byte)) return true;
	return false;
}

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
	// A download cut short loses the end marker; pdf.js would silently rebuild what it can. Bytes
	// after the last marker (a portal's HTML appended to the file) are no sign of a cut: every
	// reader ignores them, and whether the rest opens is for pdf.js to say.
	if (!hasEndMarker(bytes)) {
		throw new TerminalPdfError('damaged', { cut: true, detail: 'the file has no %%EOF end marker, so it was cut short' });
	}
}

/**
 * Turns the bank's terminal list into exact rows, or throws a `TerminalPdfError` with a code;
 * never a half result. Pages are read and released one at a time, the next one read ahead.
 * `pdfjs` is a thread started beforehand (the worker starts it before loading this), stopped
 * here whatever happens; without one, one is started once the bytes pass their checks.
 */
export async function parseTerminalPdf(bytes: Uint8Array, options: ParseOptions, pdfjs?: PdfjsThread): Promise<TerminalList> {
	const { maxBytes, maxPages, timeoutMs } = { ...defaultCaps, ...options };
	const deadline = performance.now() + timeoutMs;
	try {
		checkBytes(bytes, maxBytes);
	} catch (error) {
		await pdfjs?.stop();
		throw error;
	}
	const pdf = await openPdf(bytes, { maxPages, deadline, timeoutMs }, pdfjs ?? startPdfjsThread());
	const table = await readTerminalTable(pdf.pageContents(), options.synonyms).finally(() => pdf.close());
	return TerminalListSchema.parse({
		source: {
			sha256: createHash('sha256').update(bytes).digest('hex'),
			bytes: bytes.length,
			pages: pdf.pages,
			...(table.title === undefined ? {} : { title: table.title }),
			...(table.date === undefined ? {} : { date: table.date }),
		},
		terminals: table.terminals,
		warnings: table.warnings,
	});
}
