import { z } from 'zod';
import { TerminalWarningSchema } from '../terminal-pdf/schema.ts';
import type { Precision } from './schema.ts';

const sourceFields = {
	/** Set when the list is the project's own sample rows, never the bank's: pages then say so. */
	sample: z.boolean(),
	/** The address the PDF was downloaded from, when it was. */
	url: z.url().optional(),
	/** The file name the PDF was read from, when it was a local file (or, for a sample, the rows' source in this repository). */
	file: z
		.string()
		.min(1)
		.refine(
			(file) => !/^(?:[/\\~]|[A-Za-z]:)/.test(file),
			'a file name or a path inside this repository, never a directory of the machine that built it',
		)
		.optional(),
	/** SHA-256 of the PDF, hex; absent for a sample, which has no PDF. */
	sha256: z
		.string()
		.regex(/^[0-9a-f]{64}$/)
		.optional(),
	bytes: z.int().min(1).optional(),
	pages: z.int().min(1).optional(),
	/** The PDF's printed heading and «Обновлено» date, as printed. */
	title: z.string().min(1).optional(),
	date: z.string().min(1).optional(),
	/** When the list was downloaded or read, ISO 8601. */
	fetchedAt: z.iso.datetime(),
	rows: z.int().min(1),
	/** Terminals by how exact their position is. */
	counts: z.strictObject({ exact: z.int().min(0), settlement: z.int().min(0), none: z.int().min(0) }) satisfies z.ZodType<
		Record<Precision, number>
	>,
	/** Settlement names the gazetteer gave no centre for. */
	unmatched: z.array(z.string()),
	/** The parser's warnings about the list: a code and where (`{ "code": "number-gap", "from": 12, "to": 14 }`). */
	warnings: z.array(TerminalWarningSchema),
};

/** `content/terminals/source.json`: where the committed snapshot came from. Only `terminals update` writes it. */
export const SnapshotSourceSchema = z.strictObject({
	origin: z.enum(['file', 'url']),
	...sourceFields,
});

/** Where the list a build used came from. */
const buildOrigins = ['snapshot', 'file', 'url'] as const;

/**
 * The `terminalSource` collection's one entry (`current`) and `dist/terminals/source.json`: what the
 * build used. `origin` is `snapshot` when it fell back to the committed list; `url`, `file` and the
 * PDF's facts then describe the list the snapshot was made from, and `fallback` says why.
 */
export const BuildSourceSchema = z.strictObject({
	origin: z.enum(buildOrigins),
	...sourceFields,
	/** Why the build used the snapshot instead of a fresh list, in one line; absent when it did not fall back. */
	fallback: z.string().min(1).optional(),
});

export type SnapshotSource = z.infer<typeof SnapshotSourceSchema>;
export type BuildSource = z.infer<typeof BuildSourceSchema>;
