import type { ErrorFacts, TerminalPdfCode } from '../terminal-pdf/errors.ts';

/**
 * The parser's error codes in words for a build log: what the list turned out to be and what to do,
 * without the command-line flags the `terminals parse` messages name.
 */
const parseErrorMessages = {
	empty: () => 'the terminal list is an empty file (0 bytes); download it again',
	'not-pdf': ({ start = '' }) =>
		`the terminal list is not a PDF${start === '' ? '' : ` (it starts with ${JSON.stringify(start)})`}; an error page was probably saved instead`,
	damaged: ({ detail = '', pages }) =>
		pages === 0
			? 'the terminal list PDF has no pages; download it again'
			: `the terminal list PDF is truncated or corrupt${detail === '' ? '' : ` (${detail})`}; download it again`,
	encrypted: () => 'the terminal list PDF is protected by a password; ask the bank for an open copy',
	'no-text': ({ pages = 0 }) => `the terminal list PDF has no text on its ${pages} page(s) (a scan?); it cannot be read as a table`,
	'no-table': ({ detail = '', turned }) =>
		turned !== undefined
			? `the terminal list PDF has only text turned sideways or upside down (${turned} items), which the parser leaves out`
			: `no terminal table was found in the PDF${detail === '' ? '' : ` (${detail})`}; if the bank renamed its columns, add the words to content/terminals/header-synonyms.json`,
	'too-large': ({ bytes, maxBytes, pages, maxPages }) =>
		pages === undefined
			? `the terminal list PDF has ${bytes} bytes, more than the ${maxBytes} a terminal list can plausibly have`
			: `the terminal list PDF has ${pages} pages, more than the ${maxPages} a terminal list can plausibly have`,
	timeout: ({ timeoutMs = 0 }) => `reading the terminal list PDF took longer than ${timeoutMs / 1000} s`,
} as const satisfies Record<TerminalPdfCode, (facts: ErrorFacts) => string>;

export function parseErrorMessage(code: TerminalPdfCode, facts: ErrorFacts): string {
	return parseErrorMessages[code](facts);
}
