import { Worker } from 'node:worker_threads';
import { TerminalPdfError, type ErrorFacts, type TerminalPdfCode } from './errors.ts';
import { defaultCaps, type ParseOptions } from './caps.ts';
import type { TerminalList } from './schema.ts';

/**
 * `ParseOptions` with `synonyms` as read from `content/terminals/header-synonyms.json`: the thread
 * checks them, so a caller that only waits for it need not load zod.
 */
export type WorkerOptions = Omit<ParseOptions, 'synonyms'> & { synonyms: unknown };

export type WorkerReply = { list: TerminalList } | { code: TerminalPdfCode; facts: ErrorFacts };

/**
 * How long past the time limit the thread may run before it is stopped: the parser's own
 * deadline, checked between pdf.js calls and pages, normally answers first.
 */
const graceMs = 1000;

const parseWorker = new URL('./parse-worker.ts', import.meta.url);

/**
 * `parseTerminalPdf` in a worker thread that is terminated once the time limit has passed.
 * pdf.js's display half and the table code run on that thread, its worker half on one the
 * thread starts: a file that keeps either busy in one long synchronous stretch would leave the
 * parser's own deadline unanswered, and terminating the thread always ends both.
 * `worker` is the script to run, for tests.
 */
export function parseTerminalPdfInWorker(bytes: Uint8Array, options: WorkerOptions, worker: URL = parseWorker): Promise<TerminalList> {
	const timeoutMs = options.timeoutMs ?? defaultCaps.timeoutMs;
	return new Promise((resolve, reject) => {
		const thread = new Worker(worker, { workerData: { bytes, options } });
		const timer = setTimeout(() => {
			void thread.terminate();
			reject(new TerminalPdfError('timeout', { timeoutMs }));
		}, timeoutMs + graceMs);
		const settle = () => {
			clearTimeout(timer);
			void thread.terminate();
		};
		thread.once('message', (reply: WorkerReply) => {
			settle();
			if ('list' in reply) resolve(reply.list);
			else reject(new TerminalPdfError(reply.code, reply.facts));
		});
		thread.once('error', (error) => {
			settle();
			reject(error);
		});
		thread.once('exit', (code) => {
			settle();
			reject(new Error(`the parser's worker thread exited (code ${code}) without an answer`));
		});
	});
}
