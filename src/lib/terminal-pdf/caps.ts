import type { HeaderSynonyms } from './header/header-synonyms.ts';

/**
 * What the parser accepts before it refuses: 25 MB, 300 pages, 60 s. A module of its own so the
 * command can read them without loading pdf.js on its main thread.
 */
export const defaultCaps = { maxBytes: 25 * 1024 * 1024, maxPages: 300, timeoutMs: 60_000 } as const;

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
