/**
 * The script of the thread `startPdfjsThread` starts: pdf.js's worker half, which parses the
 * file and answers pdf.js's display half over the port it is given.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

WorkerMessageHandler.initializeFromPort((workerData as { port: MessagePort }).port);
