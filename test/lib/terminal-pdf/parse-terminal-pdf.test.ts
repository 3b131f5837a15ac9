import { describe, expect, test, vi } from 'vitest';
import { cliErrorMessage } from '../../../src/lib/terminal-pdf/cli-messages.ts';
import { TerminalPdfError, terminalPdfCodes } from '../../../src/lib/terminal-pdf/errors.ts';
import { parseTerminalPdf } from '../../../src/lib/terminal-pdf/parse-terminal-pdf.ts';
import { benchLayout } from '../../fixtures/terminal-pdf/layouts/index.ts';
import { badFixtures, benchPdf, goodFixtures, readBytes } from './fixtures.ts';
import { synonyms } from './synonyms.ts';

// Parsing 57 pages takes a second or two, and several times that on a machine busy with other work.
vi.setConfig({ testTimeout: 60_000 });

const parse = (bytes: Uint8Array, caps = {}) => parseTerminalPdf(bytes, { synonyms, ...caps });

describe('good layouts', () => {
	test('there are layouts to check', () => {
		expect(goodFixtures.map(({ name }) => name)).toEqual(
			expect.arrayContaining([
				'ruled-region-column',
				'bilingual-sections',
				'no-lines',
				'landscape-wrapped',
				'first-page-header',
				'merged-cells',
				'slanted-column',
				'slanted-row',
				'turned-caption',
				'coordinates-column',
				'lat-lng-columns',
				'running-header-ruled',
				'running-header-unruled',
				'extra-columns',
				'two-level-header',
				'painted-twice',
				'html-after-eof',
				'merged-unruled',
			]),
		);
	});

	test.each(goodFixtures)('$name gives its expected JSON, field for field', async ({ pdf, expected }) => {
		const list = await parse(readBytes(pdf));
		expect(list.source).toEqual(expected.source);
		expect(list.terminals).toEqual(expected.terminals);
		expect(list.warnings).toEqual(expected.warnings);
	});

	test('the 2,000-row list comes back exactly as generated, with no warnings', async () => {
		const list = await parse(readBytes(benchPdf));
		expect(list.terminals).toEqual(benchLayout().terminals);
		expect(list.warnings).toEqual([]);
		expect(list.source.pages).toBeGreaterThanOrEqual(40);
	});
});

describe('files it must refuse', () => {
	test('the cases reach every code but timeout, which needs a cap', () => {
		expect(new Set(badFixtures.map(({ code }) => code))).toEqual(new Set(terminalPdfCodes.filter((code) => code !== 'timeout')));
	});

	test.each(badFixtures)('$file → $code', async ({ pdf, code }) => {
		await expect(parse(readBytes(pdf))).rejects.toMatchObject({ name: 'TerminalPdfError', code });
	});

	test.each([
		{ name: 'a byte cap', caps: { maxBytes: 1000 }, code: 'too-large', message: /at most 1000 bytes, found \d+/ },
		{ name: 'a page cap', caps: { maxPages: 2 }, code: 'too-large', message: /at most 2 pages, found \d+/ },
		{ name: 'a time limit', caps: { timeoutMs: 5 }, code: 'timeout', message: /within 5 ms/ },
	])('stops at $name', async ({ caps, code, message }) => {
		const error = await parse(readBytes(benchPdf), caps).catch((caught: unknown) => caught);
		if (!(error instanceof TerminalPdfError)) throw new Error(`expected a TerminalPdfError, got ${String(error)}`);
		expect(error.code).toBe(code);
		expect(cliErrorMessage(error)).toMatch(message);
	});

	const text = (value: string) => new TextEncoder().encode(value);

	test.each([
		{
			name: 'a gzip file',
			bytes: Uint8Array.of(0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03),
			found: 'binary data starting with the bytes 1f 8b 08 00 00 00 00 00',
		},
		{ name: 'an HTML page', bytes: text('<!doctype html><title>404</title>'), found: 'a file starting with "<!doctype html><"' },
	])('not-pdf says what the file starts with: $name', async ({ bytes, found }) => {
		const error = await parse(bytes).catch((caught: unknown) => caught);
		if (!(error instanceof TerminalPdfError)) throw new Error(`expected a TerminalPdfError, got ${String(error)}`);
		expect(error.code).toBe('not-pdf');
		expect(cliErrorMessage(error)).toContain(`found ${found};`);
	});

	test.each([
		{ name: 'random bytes', bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), code: 'not-pdf' },
		{ name: 'a PDF header and nothing else', bytes: text('%PDF-1.7\n%%EOF\n'), code: 'damaged' },
		{ name: 'a PDF header with garbage', bytes: text(`%PDF-1.4\n${'1 0 obj << /Type /Catalog'.repeat(50)}\n%%EOF`), code: 'damaged' },
		{ name: 'a PDF header with no end marker', bytes: text('%PDF-1.7\n1 0 obj'), code: 'damaged' },
		{ name: 'a JSON error', bytes: text('{"error":"Not Found"}'), code: 'not-pdf' },
		{ name: 'emoji and a euro sign', bytes: text('😴€⑱'), code: 'not-pdf' },
		{ name: 'one zero byte', bytes: new Uint8Array(1), code: 'not-pdf' },
	])('junk gives a coded error, never a crash: $name → $code', async ({ bytes, code }) => {
		const error = await parse(bytes).catch((caught: unknown) => caught);
		if (!(error instanceof TerminalPdfError)) throw new Error(`expected a TerminalPdfError, got ${String(error)}`);
		expect(error.code).toBe(code);
		expect(cliErrorMessage(error)).toMatch(/^expected [^\n]+; [^\n]+$/);
	});
});
