import { z } from 'zod';

/** One cash-in terminal as the bank's PDF prints it; every text is exactly as printed, `""` when the PDF has no such cell. */
export const TerminalSchema = z.strictObject({
	/** The row number printed in the PDF's «№» column. */
	n: z.int().min(0),
	/** Oblast or city of national importance, from a region column or the section row above. */
	region: z.string(),
	/** Town or village («Населенный пункт», «Шаар, айыл»). */
	city: z.string(),
	/** Street and house. */
	address: z.string(),
	/** Where the terminal stands: a shop, a mall, a bank office. */
	place: z.string(),
	/** Opening hours as printed, e.g. «пн–пт 09:00–18:00». */
	hours: z.string(),
	/** Latitude printed in the PDF's coordinates column («Координаты», «Широта»), when it has one and the pair is plausible. */
	lat: z.number().min(-90).max(90).optional(),
	/** Longitude printed beside it. */
	lng: z.number().min(-180).max(180).optional(),
});

export type Terminal = z.infer<typeof TerminalSchema>;

/** The fields every terminal has, in the order the JSON prints them; `lat` and `lng` follow when the PDF has coordinates. */
export const terminalFields = ['n', 'region', 'city', 'address', 'place', 'hours'] as const satisfies readonly (keyof Terminal)[];
export type TerminalField = (typeof terminalFields)[number];

/** The fields whose cells are text, as opposed to the row number. */
export const textFields = ['region', 'city', 'address', 'place', 'hours'] as const satisfies readonly TerminalField[];
export type TextField = (typeof textFields)[number];

/**
 * The columns a header can name: the terminal's fields, and its coordinates, printed in one
 * cell («Координаты»: «42.87, 74.59») or in two («Широта», «Долгота»). They give `lat` and `lng`.
 */
export const columnFields = [...terminalFields, 'coordinates', 'lat', 'lng'] as const;
export type ColumnField = (typeof columnFields)[number];

/** The columns an `empty-column` warning can name: all but the row number, whose blanks have their own warning. */
export const reportedColumns = [...textFields, 'coordinates', 'lat', 'lng'] as const satisfies readonly ColumnField[];
export type ReportedColumn = (typeof reportedColumns)[number];

/** What a person should look at in a list that did parse; each code has its own facts. */
export const terminalWarningCodes = [
	'numbered-in-order',
	'unnumbered-row',
	'header-without-rows',
	'empty-column',
	'dropped-text',
	'number-gap',
	'number-repeat',
	'no-address',
	'bad-coordinates',
	'unknown-column',
] as const;
export type TerminalWarningCode = (typeof terminalWarningCodes)[number];

const rowNumber = z.int().min(0);
const pageNumber = z.int().min(1);
const warning = <Code extends TerminalWarningCode, Shape extends z.ZodRawShape>(code: Code, shape: Shape) =>
	z.strictObject({ code: z.literal(code), ...shape });

/** One warning: `code` says what, the other fields say where. */
export const TerminalWarningSchema = z.discriminatedUnion('code', [
	/** The table has no «№» column: every terminal is numbered in the order printed. */
	warning('numbered-in-order', {}),
	/** A row of a numbered table has a blank «№» cell; it got `n`, the number after the row before (`after`, absent for the first row). */
	warning('unnumbered-row', { n: rowNumber, after: rowNumber.optional(), page: pageNumber }),
	/** A page prints the table's header but no terminal under it. */
	warning('header-without-rows', { page: pageNumber }),
	/**
	 * The header names a column but no row has text in it: on every page (no `page`), or on
	 * one page with several rows. `header` is the column's header as printed.
	 */
	warning('empty-column', { field: z.enum(reportedColumns), header: z.string(), page: pageNumber.optional() }),
	/** `count` text items inside the table on `page` were left out: turned sideways, or outside every column. */
	warning('dropped-text', { count: z.int().min(1), page: pageNumber }),
	/** The row numbers jump: a row may have been lost, or merged into the one before. */
	warning('number-gap', { from: rowNumber, to: rowNumber }),
	/** The same row number is printed twice in a row. */
	warning('number-repeat', { n: rowNumber }),
	/** The terminal has neither an address nor a place: nowhere to send a customer. */
	warning('no-address', { n: rowNumber }),
	/** The row's coordinates cell holds `text`, which is no plausible latitude and longitude; the row has no `lat`/`lng`. */
	warning('bad-coordinates', { n: rowNumber, text: z.string() }),
	/**
	 * The header names a column no synonym maps to a field (`header`, as printed, first seen on
	 * `page`): its text is left out of every row. Once per header; map or ignore it in
	 * `content/terminals/header-synonyms.json`.
	 */
	warning('unknown-column', { header: z.string().min(1), page: pageNumber }),
]);

export type TerminalWarning = z.infer<typeof TerminalWarningSchema>;

/** What `terminals parse` prints and the site build will read. */
export const TerminalListSchema = z.strictObject({
	source: z.strictObject({
		/** SHA-256 of the file, hex: tells two downloads apart. */
		sha256: z.string().regex(/^[0-9a-f]{64}$/),
		bytes: z.int().min(1),
		pages: z.int().min(1),
		/** The document's heading, when it prints one above the table. */
		title: z.string().min(1).optional(),
		/** The «Обновлено: …» date, exactly as printed (e.g. «01.11.2026»). */
		date: z.string().min(1).optional(),
	}),
	terminals: z.array(TerminalSchema).min(1),
	/** Things a person should look at: gaps in the numbering, rows without an address, columns that came out empty. */
	warnings: z.array(TerminalWarningSchema),
});

export type TerminalList = z.infer<typeof TerminalListSchema>;
