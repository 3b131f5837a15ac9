import type { ErrorFacts, TerminalPdfCode } from './errors.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

// Each message says what was expected, what was found and what to do, on one line; the advice names the command's flags.
const messages = {
	empty: () => 'expected a PDF of the bank’s terminal list, found an empty file (0 bytes); download the list again.',
	'not-pdf': ({ start = '', detail = '' }) =>
		`expected a PDF (starting with %PDF-), found ${start === '' ? `binary data starting with the bytes ${detail}` : `a file starting with ${JSON.stringify(start)}`}; the download may have saved an error page, so open the link in a browser and save the PDF itself.`,
	damaged: ({ detail = '', pages, cut }) =>
		pages === 0
			? 'expected a PDF with at least one page, found a file that has no pages; download the list again, or ask the bank for a complete copy.'
			: cut
				? 'expected a complete PDF ending in a %%EOF marker, found one cut short (no %%EOF anywhere in it); download the list again.'
				: `expected a PDF that opens, found a corrupt one${detail === '' ? '' : ` (${detail})`}; download the list again.`,
	encrypted: () => 'expected an open PDF, found one protected by a password; ask the bank for an unprotected copy.',
	'no-text': ({ pages = 0 }) =>
		`expected a PDF with a text layer, found ${pages} page(s) with no text (a scan or images); ask the bank for the original PDF, or type the list by hand.`,
	'no-table': ({ detail = '', turned }) =>
		turned === undefined
			? `expected a table of terminals with a header naming the address or place column (e.g. «Адрес», «Дарек»), found text but no such table${detail === '' ? '' : ` (${detail})`}; check this is the terminal list, or add the header words to content/terminals/header-synonyms.json.`
			: `expected a table of terminals in text running left to right, found only ${plural(turned, 'text item', 'text items')} set sideways or at an angle, which the parser leaves out; ask the bank for a PDF whose table is printed upright.`,
	'too-large': ({ bytes, maxBytes, pages, maxPages }) =>
		pages === undefined
			? `expected at most ${maxBytes} bytes, found ${bytes}; check the file is the terminal list, or raise the cap with --max-bytes.`
			: `expected at most ${maxPages} pages, found ${pages}; check the file is the terminal list, or raise the cap with --max-pages.`,
	timeout: ({ timeoutMs }) =>
		`expected to finish within ${timeoutMs} ms, took longer; check the file is the terminal list, or raise the limit with --timeout-ms.`,
} as const satisfies Record<TerminalPdfCode, (facts: ErrorFacts) => string>;

/** The sentence `terminals parse` prints after `error[code]: ` for a file it refuses. */
export const cliErrorMessage = (error: { code: TerminalPdfCode; facts: ErrorFacts }): string => messages[error.code](error.facts);
