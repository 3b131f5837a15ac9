/** Why a file could not be turned into terminals. Each caller words them for its readers: the command in `cli-messages.ts`. */
export const terminalPdfCodes = ['empty', 'not-pdf', 'damaged', 'encrypted', 'no-text', 'no-table', 'too-large', 'timeout'] as const;
export type TerminalPdfCode = (typeof terminalPdfCodes)[number];

/** What the library found, for the caller's message: sizes, page counts, the first bytes. */
export interface ErrorFacts {
	bytes?: number;
	maxBytes?: number;
	/** The document's page count: over `maxPages` for `too-large`, 0 for a `damaged` file with no pages. */
	pages?: number;
	maxPages?: number;
	timeoutMs?: number;
	/** The start of a file that is no PDF, when it is printable text. */
	start?: string;
	/** The first bytes in hex, or what pdf.js said about a damaged file, or why no table was found. */
	detail?: string;
	/** A `damaged` file with no %%EOF end marker anywhere: the download was cut short. */
	cut?: true;
	/** Text items left out because they run sideways or upside down, when no other text is left: `no-table`. */
	turned?: number;
}

/**
 * The one error the library throws for an input it cannot read: a code and the facts found.
 * Its `message` is for stack traces; a person reads the caller's sentence for `code`.
 */
export class TerminalPdfError extends Error {
	readonly code: TerminalPdfCode;
	/** Kept so the error can cross from a worker thread and read the same on the other side. */
	readonly facts: ErrorFacts;

	constructor(code: TerminalPdfCode, facts: ErrorFacts = {}) {
		super(`the terminal list PDF was refused: ${code}${Object.keys(facts).length === 0 ? '' : ` ${JSON.stringify(facts)}`}`);
		this.name = 'TerminalPdfError';
		this.code = code;
		this.facts = facts;
	}
}
