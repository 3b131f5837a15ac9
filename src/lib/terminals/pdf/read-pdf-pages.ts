/**
 * The one module that imports pdf.js: opens the file within the caps and yields each page's
 * text items, rulings and glyph widths in top-left page coordinates, releasing every page
 * once read. Every pdf.js failure leaves here as a `TerminalPdfError` with a code.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { getDocument, OPS, PasswordException, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { TerminalPdfError } from '../errors.ts';
import type { PageContent } from '../page-content.ts';
import { collectOperatorShapes, multiply, type Matrix, type OperatorIds } from './operator-shapes.ts';
import { placeText } from './place-text.ts';
import { turned, uprightTurn } from './upright.ts';

export interface PdfLimits {
	maxPages: number;
	/** `performance.now()` past which reading stops with `timeout`. */
	deadline: number;
	timeoutMs: number;
}

/** A document pdf.js has open: read its pages in order, then close it to free pdf.js's copy. */
export interface OpenPdf {
	pages: number;
	pageContents(): AsyncGenerator<PageContent>;
	close(): Promise<void>;
}

// As in pdf.js's examples/node: the Adobe CMaps and standard font data it ships, for files
// whose fonts are not embedded or use a predefined encoding.
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const cMapUrl = `${pdfjsRoot}/cmaps/`;
const standardFontDataUrl = `${pdfjsRoot}/standard_fonts/`;

/** pdf.js's numbers for the operators `collectOperatorShapes` follows. */
export const pdfOperatorIds: OperatorIds = {
	save: OPS.save,
	restore: OPS.restore,
	transform: OPS.transform,
	paintFormXObjectBegin: OPS.paintFormXObjectBegin,
	paintFormXObjectEnd: OPS.paintFormXObjectEnd,
	constructPath: OPS.constructPath,
	setFont: OPS.setFont,
	showText: OPS.showText,
	strokes: [OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke],
	fills: [OPS.fill, OPS.eoFill],
};

/** A password-protected file is `encrypted`; anything else pdf.js cannot read (`InvalidPDFException`, `FormatError`, …) is `damaged`. */
function codeOf(error: unknown): TerminalPdfError {
	if (error instanceof TerminalPdfError) return error;
	if (error instanceof PasswordException) return new TerminalPdfError('encrypted');
	const detail = error instanceof Error ? error.message : String(error);
	return new TerminalPdfError('damaged', { detail: detail.slice(0, 120) });
}

const timedOut = (limits: PdfLimits) => new TerminalPdfError('timeout', { timeoutMs: limits.timeoutMs });

/** Throws `timeout` once the deadline has passed, for work no pdf.js call is waiting on. */
function checkDeadline(limits: PdfLimits): void {
	if (performance.now() >= limits.deadline) throw timedOut(limits);
}

/**
 * Starts a pdf.js call unless the deadline has passed, and races it against the deadline. pdf.js
 * cannot cancel a page read, so a call that never returns is left behind; whoever opened the
 * document destroys it.
 */
async function withinDeadline<T>(call: () => Promise<T>, limits: PdfLimits): Promise<T> {
	checkDeadline(limits);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(timedOut(limits)), limits.deadline - performance.now());
	});
	try {
		return await Promise.race([call(), timeout]);
	} catch (error) {
		throw codeOf(error);
	} finally {
		clearTimeout(timer);
	}
}

async function readPage(document: PDFDocumentProxy, number: number, limits: PdfLimits): Promise<PageContent> {
	const page = await withinDeadline(() => document.getPage(number), limits);
	try {
		const viewport = page.getViewport({ scale: 1 });
		const view = viewport.transform as unknown as Matrix;
		const text = await withinDeadline(() => page.getTextContent(), limits);
		const operators = await withinDeadline(() => page.getOperatorList(), limits);
		const placed = text.items.flatMap((item) =>
			'str' in item ? [{ item, matrix: multiply(view, item.transform as unknown as Matrix), length: item.str.length }] : [],
		);
		const upright = uprightTurn(placed, viewport.width, viewport.height);
		const texts = placed
			.filter(({ item }) => item.str.trim() !== '')
			.map(({ item, matrix }) => placeText(item.str, item.width, item.fontName, multiply(upright.matrix, matrix)));
		const items = texts.flatMap((text) => (text.kind === 'upright' ? [text.item] : []));
		const turnedItems = texts.flatMap((text) => (text.kind === 'turned' ? [text.item] : []));
		const { rules, glyphWidths } = collectOperatorShapes(operators.fnArray, operators.argsArray, pdfOperatorIds, turned(upright, view));
		return { number, width: upright.width, height: upright.height, items, turned: turnedItems, rules, glyphWidths };
	} finally {
		page.cleanup();
	}
}

/**
 * Opens `bytes` (not kept: pdf.js gets a copy) and checks the page cap before any page is read.
 * The caller closes what this returns; a file that fails to open is destroyed here.
 */
export async function openPdf(bytes: Uint8Array, limits: PdfLimits): Promise<OpenPdf> {
	// pdf.js 6 has no `isEvalSupported` option any more: it never evaluates code from the file.
	const task = getDocument({ data: bytes.slice(), cMapUrl, standardFontDataUrl, verbosity: 0, stopAtErrors: true, useSystemFonts: false });
	try {
		const document = await withinDeadline(() => task.promise, limits);
		if (document.numPages > limits.maxPages)
			throw new TerminalPdfError('too-large', { pages: document.numPages, maxPages: limits.maxPages });
		return {
			pages: document.numPages,
			async *pageContents() {
				for (let number = 1; number <= document.numPages; number++) {
					yield await readPage(document, number, limits);
					// The caller reads the page's table before asking for the next: that time counts too.
					checkDeadline(limits);
				}
			},
			close: () => task.destroy(),
		};
	} catch (error) {
		await task.destroy();
		throw error;
	}
}
