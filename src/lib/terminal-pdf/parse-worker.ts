/**
 * The worker thread behind `parseTerminalPdfInWorker`: parses the bytes it is given and posts
 * back the list, or the error's code and facts (a class instance does not survive the crossing).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerOptions, WorkerReply } from './parse-in-worker.ts';
import { startPdfjsThread } from './pdf/start-pdfjs-thread.ts';

// Started before the parser is imported, so pdf.js's worker half loads on its thread while
// the rest (pdf.js's display half, zod, the table code) loads on this one.
const pdfjs = startPdfjsThread();
const { TerminalPdfError } = await import('./errors.ts');
const { parseHeaderSynonyms } = await import('./header/header-synonyms.ts');
const { parseTerminalPdf } = await import('./parse-terminal-pdf.ts');

const { bytes, options } = workerData as { bytes: Uint8Array; options: WorkerOptions };
const synonyms = parseHeaderSynonyms(options.synonyms);
let reply: WorkerReply;
try {
	reply = { list: await parseTerminalPdf(bytes, { ...options, synonyms }, pdfjs) };
} catch (error) {
	if (!(error instanceof TerminalPdfError)) throw error;
	reply = { code: error.code, facts: error.facts };
}
parentPort?.postMessage(reply);
