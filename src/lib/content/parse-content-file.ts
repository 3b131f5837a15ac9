import { z } from 'zod';

/** Checks data read from a file in `content/` against its schema, or throws naming the file and the field that is wrong. */
export function parseContentFile<T>(schema: z.ZodType<T>, data: unknown, source: string): T {
	const parsed = schema.safeParse(data);
	if (!parsed.success) throw new Error(`${source} is not valid:\n${z.prettifyError(parsed.error)}\nFix the field named above.`);
	return parsed.data;
}
