import { expect, test } from 'vitest';
import { cliErrorMessage } from '../../../src/lib/terminal-pdf/cli-messages.ts';
import { terminalPdfCodes, type ErrorFacts, type TerminalPdfCode } from '../../../src/lib/terminal-pdf/errors.ts';

// The command's lines are a contract: each sentence exactly as `terminals parse` prints it after `error[code]: `.
const cases: { code: TerminalPdfCode; facts: ErrorFacts; line: string }[] = [
	{ code: 'empty', facts: {}, line: 'expected a PDF of the bank’s terminal list, found an empty file (0 bytes); download the list again.' },
	{
		code: 'not-pdf',
		facts: { start: '<!doctype html><', detail: '3c 21 64 6f 63 74 79 70' },
		line: 'expected a PDF (starting with %PDF-), found a file starting with "<!doctype html><"; the download may have saved an error page, so open the link in a browser and save the PDF itself.',
	},
	{
		code: 'not-pdf',
		facts: { start: '', detail: '1f 8b 08 00 00 00 00 00' },
		line: 'expected a PDF (starting with %PDF-), found binary data starting with the bytes 1f 8b 08 00 00 00 00 00; the download may have saved an error page, so open the link in a browser and save the PDF itself.',
	},
	{
		code: 'damaged',
		facts: { cut: true, detail: 'the file has no %%EOF end marker, so it was cut short' },
		line: 'expected a complete PDF ending in a %%EOF marker, found one cut short (no %%EOF anywhere in it); download the list again.',
	},
	{
		code: 'damaged',
		facts: { detail: 'Invalid PDF structure.' },
		line: 'expected a PDF that opens, found a corrupt one (Invalid PDF structure.); download the list again.',
	},
	{
		code: 'damaged',
		facts: { pages: 0 },
		line: 'expected a PDF with at least one page, found a file that has no pages; download the list again, or ask the bank for a complete copy.',
	},
	{ code: 'encrypted', facts: {}, line: 'expected an open PDF, found one protected by a password; ask the bank for an unprotected copy.' },
	{
		code: 'no-text',
		facts: { pages: 1 },
		line: 'expected a PDF with a text layer, found 1 page(s) with no text (a scan or images); ask the bank for the original PDF, or type the list by hand.',
	},
	{
		code: 'no-table',
		facts: { detail: 'the header is there but no terminal rows under it' },
		line: 'expected a table of terminals with a header naming the address or place column (e.g. «Адрес», «Дарек»), found text but no such table (the header is there but no terminal rows under it); check this is the terminal list, or add the header words to content/terminals/header-synonyms.json.',
	},
	{
		code: 'no-table',
		facts: { turned: 94 },
		line: 'expected a table of terminals in text running left to right, found only 94 text items set sideways or at an angle, which the parser leaves out; ask the bank for a PDF whose table is printed upright.',
	},
	{
		code: 'too-large',
		facts: { bytes: 3221225472, maxBytes: 26214400 },
		line: 'expected at most 26214400 bytes, found 3221225472; check the file is the terminal list, or raise the cap with --max-bytes.',
	},
	{
		code: 'too-large',
		facts: { pages: 301, maxPages: 300 },
		line: 'expected at most 300 pages, found 301; check the file is the terminal list, or raise the cap with --max-pages.',
	},
	{
		code: 'timeout',
		facts: { timeoutMs: 60000 },
		line: 'expected to finish within 60000 ms, took longer; check the file is the terminal list, or raise the limit with --timeout-ms.',
	},
];

test.each(cases)('$code $facts', ({ code, facts, line }) => {
	expect(cliErrorMessage({ code, facts })).toBe(line);
});

test('every code has a line', () => {
	expect(new Set(cases.map(({ code }) => code))).toEqual(new Set(terminalPdfCodes));
});
