/** Why a file could not be turned into terminals; each code has one sentence for the command line. */
export type TerminalPdfCode = 'empty' | 'not-pdf' | 'damaged' | 'encrypted' | 'no-text' | 'no-table' | 'too-large' | 'timeout';

export const terminalPdfCodes = [
	'empty',
	'not-pdf',
	'damaged',
	'encrypted',
	'no-text',
	'no-table',
	'too-large',
	'timeout',
] as const satisfies readonly TerminalPdfCode[];

/** What the library found, filled into the message: sizes, page counts, the first bytes. */
export interface ErrorFacts {
	bytes?: number;
	maxBytes?: number;
	pages?: number;
	maxPages?: number;
	timeoutMs?: number;
	start?: string;
	detail?: string;
}

// Each message says what was expected, what was found and what to do, on one line.
const messages = {
	empty: () => 'expected a PDF of the bank’s terminal list, found an empty file (0 bytes); download the list again.',
	'not-pdf': ({ start = '', detail = '' }) =>
		`expected a PDF (starting with %PDF-), found ${start === '' ? `binary data starting with the bytes ${detail}` : `a file starting with ${JSON.stringify(start)}`}; the download may have saved an error page, so open the link in a browser and save the PDF itself.`,
	damaged: ({ detail = '' }) =>
		`expected a complete PDF, found a truncated or corrupt one${detail === '' ? '' : ` (${detail})`}; download the list again.`,
	encrypted: () => 'expected an open PDF, found one protected by a password; ask the bank for an unprotected copy.',
	'no-text': ({ pages = 0 }) =>
		`expected a PDF with a text layer, found ${pages} page(s) with no text (a scan or images); ask the bank for the original PDF, or type the list by hand.`,
	'no-table': ({ detail = '' }) =>
		`expected a table of terminals with a header naming the address or place column (e.g. «Адрес», «Дарек»), found text but no such table${detail === '' ? '' : ` (${detail})`}; check this is the terminal list, or add the header words to content/terminals/header-synonyms.json.`,
	'too-large': ({ bytes, maxBytes, pages, maxPages }) =>
		pages === undefined
			? `expected at most ${maxBytes} bytes, found ${bytes}; check the file is the terminal list, or raise the cap with --max-bytes.`
			: `expected at most ${maxPages} pages, found ${pages}; check the file is the terminal list, or raise the cap with --max-pages.`,
	timeout: ({ timeoutMs }) =>
		`expected to finish within ${timeoutMs} ms, took longer; check the file is the terminal list, or raise the limit with --timeout-ms.`,
} as const satisfies Record<TerminalPdfCode, (facts: ErrorFacts) => string>;

/** The one error the library throws for an input it cannot read: a code and a sentence. */
export class TerminalPdfError extends Error {
	readonly code: TerminalPdfCode;
	/** Kept so the error can cross from a worker thread and read the same on the other side. */
	readonly facts: ErrorFacts;

	constructor(code: TerminalPdfCode, facts: ErrorFacts = {}) {
		super(messages[code](facts));
		this.name = 'TerminalPdfError';
		this.code = code;
		this.facts = facts;
	}
}
