import { describe, expect, it } from 'vitest';
import { terminalPdfCodes, type ErrorFacts, type TerminalPdfCode } from '../../../src/lib/terminal-pdf/errors.ts';
import { parseErrorMessage } from '../../../src/lib/terminals/parse-error-messages.ts';

const cases: Record<TerminalPdfCode, [ErrorFacts, string][]> = {
	empty: [[{}, 'the terminal list is an empty file (0 bytes); download it again']],
	'not-pdf': [
		[
			{ start: '<!DOCTYPE html>' },
			'the terminal list is not a PDF (it starts with "<!DOCTYPE html>"); an error page was probably saved instead',
		],
		[{ detail: '89 50 4e 47' }, 'the terminal list is not a PDF; an error page was probably saved instead'],
	],
	damaged: [
		[
			{ detail: 'the file ends before the %%EOF marker' },
			'the terminal list PDF is truncated or corrupt (the file ends before the %%EOF marker); download it again',
		],
		[{ pages: 0 }, 'the terminal list PDF has no pages; download it again'],
	],
	encrypted: [[{}, 'the terminal list PDF is protected by a password; ask the bank for an open copy']],
	'no-text': [[{ pages: 3 }, 'the terminal list PDF has no text on its 3 page(s) (a scan?); it cannot be read as a table']],
	'no-table': [
		[
			{},
			'no terminal table was found in the PDF; if the bank renamed its columns, add the words to content/terminals/header-synonyms.json',
		],
		[{ turned: 12 }, 'the terminal list PDF has only text turned sideways or upside down (12 items), which the parser leaves out'],
	],
	'too-large': [
		[
			{ bytes: 30_000_000, maxBytes: 26_214_400 },
			'the terminal list PDF has 30000000 bytes, more than the 26214400 a terminal list can plausibly have',
		],
		[{ pages: 400, maxPages: 300 }, 'the terminal list PDF has 400 pages, more than the 300 a terminal list can plausibly have'],
	],
	timeout: [[{ timeoutMs: 60_000 }, 'reading the terminal list PDF took longer than 60 s']],
};

describe('the parser’s error codes in a build log', () => {
	it('has a sentence for every code', () => {
		expect(Object.keys(cases).sort()).toEqual([...terminalPdfCodes].sort());
	});

	it.each(Object.entries(cases).flatMap(([code, rows]) => rows.map(([facts, line]) => [code as TerminalPdfCode, facts, line] as const)))(
		'%s %j',
		(code, facts, line) => {
			expect(parseErrorMessage(code, facts)).toBe(line);
			expect(line).not.toMatch(/--[a-z]/);
		},
	);
});
