// pdfjs-dist ships no types for its worker half; `pdfjs-thread.ts` needs only this.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
	export const WorkerMessageHandler: { initializeFromPort(port: import('node:worker_threads').MessagePort): void };
}
