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
});

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
	/** Things a person should look at: gaps in the numbering, rows without an address. */
	warnings: z.array(z.string()),
});

export type Terminal = z.infer<typeof TerminalSchema>;
export type TerminalList = z.infer<typeof TerminalListSchema>;
export type TerminalField = keyof Terminal;

/** The fields in the order the JSON prints them. */
export const terminalFields = ['n', 'region', 'city', 'address', 'place', 'hours'] as const satisfies readonly TerminalField[];
