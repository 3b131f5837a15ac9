import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

/** pdf.js's worker half on a thread of its own, and the port it answers on. */
export interface PdfjsThread {
	port: MessagePort;
	/** Ends the thread, and with it pdf.js's copy of the file. */
	stop(): Promise<void>;
}

const script = new URL('./pdfjs-thread.ts', import.meta.url);

/**
 * Starts pdf.js's worker half. In Node pdf.js otherwise runs it on the caller's thread; on a
 * thread of its own it parses the next page while the caller reads this one's table, and it
 * loads while the caller is still loading the parser. Loads nothing of pdf.js here, so a
 * caller can start it first thing. A thread that fails to start throws in the caller's.
 */
export function startPdfjsThread(): PdfjsThread {
	const { port1, port2 } = new MessageChannel();
	const thread = new Worker(script, { workerData: { port: port2 }, transferList: [port2] });
	return {
		port: port1,
		stop: async () => {
			port1.close();
			await thread.terminate();
		},
	};
}
