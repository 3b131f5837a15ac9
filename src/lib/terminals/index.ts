/**
 * The terminal list's pure surface: schemas, codes, warnings, header synonyms and the table
 * reader over pages already read. Loads no pdf.js, so a page that only reads terminal data can
 * import it; reading a PDF file is `./pdf.ts`.
 */
export {
	TerminalSchema,
	TerminalListSchema,
	TerminalWarningSchema,
	terminalFields,
	textFields,
	columnFields,
	reportedColumns,
	terminalWarningCodes,
	type Terminal,
	type TerminalList,
	type TerminalField,
	type TextField,
	type ColumnField,
	type ReportedColumn,
	type TerminalWarning,
	type TerminalWarningCode,
} from './schema.ts';
export { formatTerminalWarning } from './format-warning.ts';
export { TerminalPdfError, terminalPdfCodes, type TerminalPdfCode, type ErrorFacts } from './errors.ts';
export { cliErrorMessage } from './cli-messages.ts';
export { defaultCaps, type ParseOptions } from './caps.ts';
export { HeaderSynonymsSchema, parseHeaderSynonyms, type HeaderSynonyms } from './header/header-synonyms.ts';
export { readTerminalTable, type TerminalTable } from './read-terminal-table.ts';
export type { PageContent, TextItem, Rule, GlyphWidths } from './page-content.ts';
