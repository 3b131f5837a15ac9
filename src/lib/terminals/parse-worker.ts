/**
 * The worker thread behind `parseTerminalPdfInWorker`: parses the bytes it is given and posts
 * back the list, or the error's code and facts (a class instance does not survive the crossing).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { TerminalPdfError } from './errors.ts';
import { parseHeaderSynonyms } from './header/header-synonyms.ts';
import { parseTerminalPdf } from './parse-terminal-pdf.ts';
import type { WorkerOptions, WorkerReply } from './parse-in-worker.ts';

const { bytes, options } = workerData as { bytes: Uint8Array; options: WorkerOptions };
const synonyms = parseHeaderSynonyms(options.synonyms);
let reply: WorkerReply;
try {
	reply = { list: await parseTerminalPdf(bytes, { ...options, synonyms }) };
} catch (error) {
	if (!(error instanceof TerminalPdfError)) throw error;
	reply = { code: error.code, facts: error.facts };
}
parentPort?.postMessage(reply);
