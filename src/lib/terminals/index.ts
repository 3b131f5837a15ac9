/** The terminal-list parser's public surface: what the command and the site build use. */
export { parseTerminalPdf, type ParseOptions } from './parse-terminal-pdf.ts';
export { defaultCaps } from './caps.ts';
export { parseTerminalPdfInWorker } from './parse-in-worker.ts';
export { TerminalPdfError, terminalPdfCodes, type TerminalPdfCode } from './errors.ts';
export { TerminalSchema, TerminalListSchema, terminalFields, type Terminal, type TerminalList, type TerminalField } from './schema.ts';
export { HeaderSynonymsSchema, parseHeaderSynonyms, type HeaderSynonyms } from './header/header-synonyms.ts';
