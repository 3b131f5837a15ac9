import { createHash } from 'node:crypto';
import type * as ParseInWorker from '../../../src/lib/terminal-pdf/parse-in-worker.ts';

/**
 * The real parser, run once per distinct PDF in a test file: `vi.mock` of parse-in-worker.ts with
 * this keeps every behaviour (the worker, its errors) while a file that builds from the same PDF
 * ten times pays for one parse. Each caller gets its own copy of the list.
 */
export function parseOnce(actual: typeof ParseInWorker): typeof ParseInWorker {
	const parsed = new Map<string, ReturnType<typeof actual.parseTerminalPdfInWorker>>();
	return {
		...actual,
		parseTerminalPdfInWorker: async (bytes, options, worker) => {
			const key = createHash('sha256').update(bytes).digest('hex');
			if (!parsed.has(key)) parsed.set(key, actual.parseTerminalPdfInWorker(bytes, options, worker));
			return structuredClone(await (parsed.get(key) as Promise<Awaited<ReturnType<typeof actual.parseTerminalPdfInWorker>>>));
		},
	};
}
