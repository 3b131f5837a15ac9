import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { parseTerminalPdf } from '../../../../src/lib/terminal-pdf/parse-terminal-pdf.ts';
import { synonyms } from '../synonyms.ts';

// A stand-in for pdf.js whose calls can be made to hang or fail, to prove every path ends in a
// coded error and gives the document back.
const fake = vi.hoisted(() => {
	const state = {
		destroyed: 0,
		cleanedPages: 0,
		/** Settles when a call that never returns has been made: the parse is then waiting on the clock alone. */
		hung: Promise.withResolvers<undefined>(),
		open: (): Promise<unknown> => never(),
	};
	const never = () => {
		state.hung.resolve(undefined);
		return new Promise<never>(() => {});
	};
	const page = (overrides: Record<string, () => Promise<unknown>>) => ({
		getViewport: () => ({ transform: [1, 0, 0, -1, 0, 842], width: 595, height: 842 }),
		getTextContent: () => Promise.resolve({ items: [] }),
		getOperatorList: () => Promise.resolve({ fnArray: [], argsArray: [] }),
		cleanup: () => {
			state.cleanedPages += 1;
			return true;
		},
		...overrides,
	});
	const document = (numPages: number, getPage: () => Promise<unknown>) => ({ numPages, getPage });
	return { never, state, page, document };
});

vi.mock('pdfjs-dist/legacy/build/pdf.mjs', async (importOriginal) => ({
	...(await importOriginal<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>()),
	getDocument: () => ({
		promise: fake.state.open(),
		destroy: () => {
			fake.state.destroyed += 1;
			return Promise.resolve();
		},
	}),
}));

const minimalPdf = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
const parse = (caps: { timeoutMs?: number; maxPages?: number } = {}) => parseTerminalPdf(minimalPdf, { synonyms, timeoutMs: 50, ...caps });

// The limit's clock is a fake one that moves only when a test moves it: a busy machine cannot
// make a case time out that is not about time, nor time out before a call has hung.
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});

afterEach(() => {
	vi.useRealTimers();
	fake.state.destroyed = 0;
	fake.state.cleanedPages = 0;
	fake.state.hung = Promise.withResolvers<undefined>();
});

test.each([
	{ name: 'opening the file', open: () => fake.never(), pagesCleaned: 0 },
	{ name: 'getting a page', open: () => Promise.resolve(fake.document(1, () => fake.never())), pagesCleaned: 0 },
	{
		name: 'reading a page’s text',
		open: () => Promise.resolve(fake.document(1, () => Promise.resolve(fake.page({ getTextContent: fake.never })))),
		pagesCleaned: 1,
	},
	{
		name: 'reading a page’s drawing',
		open: () => Promise.resolve(fake.document(2, () => Promise.resolve(fake.page({ getOperatorList: fake.never })))),
		pagesCleaned: 1,
	},
])('a pdf.js call that never returns while $name ends in timeout, and the document is destroyed', async ({ open, pagesCleaned }) => {
	fake.state.open = open;
	const parsed = parse();
	parsed.catch(() => undefined);
	await fake.state.hung.promise;
	await vi.advanceTimersByTimeAsync(50);
	await expect(parsed).rejects.toMatchObject({ code: 'timeout', message: /within 50 ms/ });
	expect(fake.state.destroyed).toBeGreaterThanOrEqual(1);
	expect(fake.state.cleanedPages).toBe(pagesCleaned);
});

test('time spent after the last pdf.js call has returned counts against the limit too', async () => {
	// Stands in for a last page whose table takes longer to read than the limit allows.
	const slowText = {
		get items() {
			vi.advanceTimersByTime(80);
			return [];
		},
	};
	fake.state.open = () =>
		Promise.resolve(fake.document(1, () => Promise.resolve(fake.page({ getTextContent: () => Promise.resolve(slowText) }))));
	await expect(parse()).rejects.toMatchObject({ code: 'timeout' });
	expect(fake.state.destroyed).toBeGreaterThanOrEqual(1);
});

test.each([
	{
		name: 'a file pdf.js cannot open',
		open: () => Promise.reject(new Error('Invalid PDF structure.')),
		code: 'damaged',
		message: /\(Invalid PDF structure\.\)/,
	},
	{
		name: 'a page pdf.js cannot read',
		open: () => Promise.resolve(fake.document(1, () => Promise.reject(new Error('Bad XRef entry')))),
		code: 'damaged',
		message: /\(Bad XRef entry\)/,
	},
	{
		name: 'too many pages',
		open: () => Promise.resolve(fake.document(400, () => fake.never())),
		code: 'too-large',
		message: /at most 300 pages, found 400/,
	},
	{
		name: 'pages with no text',
		open: () => Promise.resolve(fake.document(2, () => Promise.resolve(fake.page({})))),
		code: 'no-text',
		message: /found 2 page\(s\) with no text/,
	},
])('$name gives $code and destroys the document', async ({ open, code, message }) => {
	fake.state.open = open;
	await expect(parse()).rejects.toMatchObject({ code, message });
	expect(fake.state.destroyed).toBeGreaterThanOrEqual(1);
});
