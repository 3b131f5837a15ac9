/** Why a download gave no PDF; each has one build-log sentence in `downloadMessages`. */
type DownloadProblem =
	| { code: 'unreachable'; detail: string }
	| { code: 'http-status'; status: number }
	| { code: 'timeout'; timeoutMs: number }
	| { code: 'too-large'; maxBytes: number }
	| { code: 'not-pdf'; contentType: string; start: string };

export class DownloadError extends Error {
	readonly problem: DownloadProblem;
	constructor(problem: DownloadProblem, message: string) {
		super(message);
		this.name = 'DownloadError';
		this.problem = problem;
	}
}

export interface DownloadOptions {
	timeoutMs: number;
	maxBytes: number;
	userAgent: string;
}

/** A browser-like but honest User-Agent: some bank sites refuse Node's default one, and an operator should see who asks. */
export const userAgent = 'Mozilla/5.0 (compatible; optima24-pay-help/0.1; terminal list for Dos Tek Group customers)';

/** 20 s for the whole download, 25 MB at most: the parser's own cap. */
export const downloadDefaults = { timeoutMs: 20_000, maxBytes: 25 * 1024 * 1024, userAgent } as const satisfies DownloadOptions;

const downloadMessages = {
	unreachable: (p: { detail: string }) => `could not reach the server (${p.detail})`,
	'http-status': (p: { status: number }) => `the server answered HTTP ${p.status} instead of the PDF`,
	timeout: (p: { timeoutMs: number }) => `the download did not finish within ${p.timeoutMs / 1000} s`,
	'too-large': (p: { maxBytes: number }) => `the download is larger than ${p.maxBytes} bytes, too large for a terminal list`,
	'not-pdf': (p: { contentType: string; start: string }) =>
		`expected a PDF, got ${p.contentType === '' ? 'a file' : p.contentType} starting with ${JSON.stringify(p.start)} (an error or login page?)`,
} as const;

function fail(problem: DownloadProblem): never {
	const message = (downloadMessages[problem.code] as (p: DownloadProblem) => string)(problem);
	throw new DownloadError(problem, message);
}

/** The innermost cause's code or message: «getaddrinfo ENOTFOUND www.optimabank.kg», «ECONNREFUSED». */
function networkDetail(error: unknown): string {
	let cause: unknown = error;
	while (cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
	return cause instanceof Error ? cause.message : String(cause);
}

/**
 * Downloads a PDF over HTTP(S): within the time limit for the whole body, within the size cap
 * (from Content-Length when the server sends it, or counted while reading), and checked to begin
 * with `%PDF-` before anyone parses it.
 */
export async function downloadPdf(url: string, options: DownloadOptions = downloadDefaults): Promise<Uint8Array> {
	const signal = AbortSignal.timeout(options.timeoutMs);
	const timedOut = () => signal.aborted;
	let response: Response;
	try {
		response = await fetch(url, { signal, redirect: 'follow', headers: { 'user-agent': options.userAgent, accept: 'application/pdf' } });
	} catch (error) {
		if (timedOut()) fail({ code: 'timeout', timeoutMs: options.timeoutMs });
		fail({ code: 'unreachable', detail: networkDetail(error) });
	}
	if (!response.ok) {
		await response.body?.cancel();
		fail({ code: 'http-status', status: response.status });
	}
	const declared = Number(response.headers.get('content-length') ?? Number.NaN);
	if (declared > options.maxBytes) {
		await response.body?.cancel();
		fail({ code: 'too-large', maxBytes: options.maxBytes });
	}
	const chunks: Uint8Array[] = [];
	let length = 0;
	const reader = response.body?.getReader();
	try {
		for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
			length += chunk.value.length;
			if (length > options.maxBytes) {
				await reader?.cancel();
				fail({ code: 'too-large', maxBytes: options.maxBytes });
			}
			chunks.push(chunk.value);
		}
	} catch (error) {
		if (error instanceof DownloadError) throw error;
		if (timedOut()) fail({ code: 'timeout', timeoutMs: options.timeoutMs });
		fail({ code: 'unreachable', detail: networkDetail(error) });
	}
	const bytes = new Uint8Array(length);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.length;
	}
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	if (!head.includes('%PDF-'))
		fail({
			code: 'not-pdf',
			contentType: response.headers.get('content-type')?.split(';')[0] ?? '',
			start: head.slice(0, 24).replace(/[^\x20-\x7e]/g, '.'),
		});
	return bytes;
}
