/**
 * Reading the bank's PDF: everything that loads pdf.js. Importing this loads it in this thread,
 * for `parseTerminalPdf`; `parseTerminalPdfInWorker` loads it only in its worker thread, so a
 * caller that needs nothing else imports `./parse-in-worker.ts` alone, as the command does.
 * The pure surface (schemas, codes, warnings, `readTerminalTable`) is `./index.ts`.
 */
export { parseTerminalPdf } from './parse-terminal-pdf.ts';
export { parseTerminalPdfInWorker } from './parse-in-worker.ts';
