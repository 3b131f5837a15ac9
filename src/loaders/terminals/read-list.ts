import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { TerminalPdfError } from '../../lib/terminal-pdf/errors.ts';
import type { HeaderSynonyms } from '../../lib/terminal-pdf/header/header-synonyms.ts';
import { parseTerminalPdfInWorker } from '../../lib/terminal-pdf/parse-in-worker.ts';
import type { TerminalList } from '../../lib/terminal-pdf/schema.ts';
import { bankTerminalListUrl } from '../../lib/terminals/bank.ts';
import { parseErrorMessage } from '../../lib/terminals/parse-error-messages.ts';
import { DownloadError, downloadDefaults, downloadPdf, type DownloadOptions } from './fetch-pdf.ts';

/** Where a fresh list is read from: a local file, or a URL (the bank's, by default). */
export type ListOrigin = { origin: 'file'; path: string } | { origin: 'url'; url: string };

/**
 * `TERMINALS_PDF` (a local path, or an http(s) URL) when set; otherwise `TERMINALS_URL`, which
 * only tests set (to a server on 127.0.0.1); otherwise the bank's own address.
 */
export function chooseOrigin(env: Readonly<Record<string, string | undefined>>): ListOrigin {
	const given = env['TERMINALS_PDF']?.trim();
	if (given !== undefined && given !== '')
		return /^https?:\/\//i.test(given) ? { origin: 'url', url: given } : { origin: 'file', path: given };
	return { origin: 'url', url: env['TERMINALS_URL']?.trim() || bankTerminalListUrl };
}

/** The origin in a log line: the URL, or the file as given (a path on this machine). */
export const describeOrigin = (origin: ListOrigin) => (origin.origin === 'url' ? origin.url : resolve(origin.path));

/** The origin as published (`source.json`, the pages): the URL, or only the file's name, never a directory of the machine that built it. */
export const publicOrigin = (origin: ListOrigin) => (origin.origin === 'url' ? origin.url : basename(origin.path));

/** Why no fresh list could be read: a download problem, an unreadable file, or a parser error code; the message never names the origin, which callers say. */
export class ListError extends Error {
	readonly code: string;
	constructor(code: string, message: string) {
		super(message);
		this.name = 'ListError';
		this.code = code;
	}
}

export interface ReadList {
	list: TerminalList;
	/** What `source.json` names: the URL, or only the file's name (not the path on the machine that built it). */
	where: { url: string } | { file: string };
	fetchedAt: string;
}

async function readBytes(origin: ListOrigin, download: DownloadOptions): Promise<Uint8Array> {
	if (origin.origin === 'url') {
		try {
			return await downloadPdf(origin.url, download);
		} catch (error) {
			if (error instanceof DownloadError) throw new ListError(error.problem.code, error.message);
			throw error;
		}
	}
	try {
		return new Uint8Array(await readFile(resolve(origin.path)));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? String(error);
		throw new ListError('unreadable-file', `the file cannot be read (${code}); check the path given (TERMINALS_PDF or the argument)`);
	}
}

/** Reads and parses one list, or throws a `ListError` whose message fits a build log. */
export async function readList(
	origin: ListOrigin,
	options: { synonyms: HeaderSynonyms; download?: DownloadOptions; now?: () => Date },
): Promise<ReadList> {
	const fetchedAt = (options.now ?? (() => new Date()))().toISOString();
	const bytes = await readBytes(origin, options.download ?? downloadDefaults);
	try {
		const list = await parseTerminalPdfInWorker(bytes, { synonyms: options.synonyms });
		return { list, where: origin.origin === 'url' ? { url: origin.url } : { file: publicOrigin(origin) }, fetchedAt };
	} catch (error) {
		if (error instanceof TerminalPdfError) throw new ListError(error.code, parseErrorMessage(error.code, error.facts));
		throw error;
	}
}
