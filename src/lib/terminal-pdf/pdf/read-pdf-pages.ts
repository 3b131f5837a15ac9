/**
 * The one module that imports pdf.js's display half (its worker half is `pdfjs-thread.ts`,
 * on a thread of its own): opens the file within the caps and yields each page's
 * text items, rulings and glyph widths in top-left page coordinates, releasing every page
 * once read. Every pdf.js failure leaves here as a `TerminalPdfError` with a code.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { getDocument, OPS, PasswordException, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { TerminalPdfError } from '../errors.ts';
import type { PageContent } from '../page-content.ts';
import { collectOperatorShapes, multiply, type Matrix, type OperatorIds } from './operator-shapes.ts';
import { placeText } from './place-text.ts';
import type { PdfjsThread } from './start-pdfjs-thread.ts';
import { turned, uprightTurn } from './upright.ts';

interface PdfLimits {
	maxPages: number;
	/** `performance.now()` past which reading stops with `timeout`. */
	deadline: number;
	timeoutMs: number;
}

/** A document pdf.js has open: read its pages in order, then close it to free pdf.js's copy. */
interface OpenPdf {
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
		// Both asked for at once, so pdf.js's thread builds the operator list while this one takes
		// in the text; the text's error, when both fail, is still the one thrown.
		const textRead = withinDeadline(() => page.getTextContent(), limits);
		const operatorsRead = withinDeadline(() => page.getOperatorList(), limits);
		operatorsRead.catch(() => undefined);
		const text = await textRead;
		const operators = await operatorsRead;
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
 * Opens `bytes` (not kept: pdf.js gets a copy) with pdf.js's worker half on `pdfjs`, and checks
 * the page cap before any page is read. The caller closes what this returns, which stops
 * `pdfjs`; a file that fails to open is destroyed, and `pdfjs` stopped, here.
 */
export async function openPdf(bytes: Uint8Array, limits: PdfLimits, pdfjs: PdfjsThread): Promise<OpenPdf> {
	// pdf.js types `port` as null, though it takes any port with postMessage and addEventListener.
	const worker = new PDFWorker({ port: pdfjs.port as unknown as null, verbosity: 0 });
	// pdf.js 6 has no `isEvalSupported` option any more: it never evaluates code from the file.
	const task = getDocument({
		data: bytes.slice(),
		worker,
		cMapUrl,
		standardFontDataUrl,
		verbosity: 0,
		stopAtErrors: true,
		useSystemFonts: false,
	});
	// pdf.js leaves a worker it was given running: it is ended here, after the document.
	const close = async () => {
		await task.destroy();
		worker.destroy();
		await pdfjs.stop();
	};
	try {
		const document = await withinDeadline(() => task.promise, limits);
		if (document.numPages > limits.maxPages)
			throw new TerminalPdfError('too-large', { pages: document.numPages, maxPages: limits.maxPages });
		return {
			pages: document.numPages,
			async *pageContents() {
				// The next page is asked for before this one is handed over, so pdf.js's thread
				// parses it while the caller reads this one's table. A read left waiting when the
				// caller stops early must not fail unhandled, hence the empty catch.
				const ahead = (number: number) => {
					const read = readPage(document, number, limits);
					read.catch(() => undefined);
					return read;
				};
				let next: Promise<PageContent> | undefined;
				for (let number = 1; number <= document.numPages; number++) {
					const page = await (next ?? readPage(document, number, limits));
					next = number < document.numPages ? ahead(number + 1) : undefined;
					yield page;
					// The caller reads the page's table before asking for the next: that time counts too.
					checkDeadline(limits);
				}
			},
			close,
		};
	} catch (error) {
		await close();
		throw error;
	}
}
