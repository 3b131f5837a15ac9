/**
 * What the parser accepts before it refuses: 25 MB, 300 pages, 60 s. A module of its own so the
 * command can read them without loading pdf.js on its main thread.
 */
export const defaultCaps = { maxBytes: 25 * 1024 * 1024, maxPages: 300, timeoutMs: 60_000 } as const;
