import { expect, test } from 'vitest';
import { formatTerminalWarning } from '../../../src/lib/terminal-pdf/format-warning.ts';
import { TerminalWarningSchema, terminalWarningCodes, type TerminalWarning } from '../../../src/lib/terminal-pdf/schema.ts';

const cases: { warning: TerminalWarning; line: string }[] = [
	{ warning: { code: 'numbered-in-order' }, line: 'the table has no «№» column; terminals are numbered in the order printed' },
	{
		warning: { code: 'unnumbered-row', n: 2, after: 1, page: 1 },
		line: 'the row after row 1 on page 1 has no number printed; it is numbered 2 in the order printed',
	},
	{
		warning: { code: 'unnumbered-row', n: 1, page: 1 },
		line: 'the row after the header on page 1 has no number printed; it is numbered 1 in the order printed',
	},
	{ warning: { code: 'header-without-rows', page: 3 }, line: 'page 3 has the table header but no terminal rows' },
	{
		warning: { code: 'empty-column', field: 'place', header: 'Место установки' },
		line: 'the «Место установки» column (place) has no text in any row; check the PDF shows it',
	},
	{
		warning: { code: 'empty-column', field: 'hours', header: 'Режим работы', page: 2 },
		line: 'the «Режим работы» column (hours) has no text in any row on page 2; check the PDF shows it',
	},
	{
		warning: { code: 'dropped-text', count: 4, page: 1 },
		line: '4 text item(s) inside the table on page 1 were left out (turned sideways, or outside every column)',
	},
	{ warning: { code: 'number-gap', from: 2, to: 5 }, line: 'row numbers jump from 2 to 5' },
	{ warning: { code: 'number-repeat', n: 1 }, line: 'row number 1 is printed twice in a row' },
	{ warning: { code: 'no-address', n: 7 }, line: 'row 7 has neither an address nor a place' },
	{
		warning: { code: 'bad-coordinates', n: 3, text: '142.87, 74.59' },
		line: 'row 3 prints the coordinates "142.87, 74.59", which are no latitude and longitude; it has no position from the PDF',
	},
	{
		warning: { code: 'unknown-column', header: 'Тип устройства', page: 1 },
		line: 'the «Тип устройства» column on page 1 names no field the list uses; its text is left out (map or ignore it in content/terminals/header-synonyms.json)',
	},
];

test.each(cases)('$warning.code → one line', ({ warning, line }) => {
	expect(formatTerminalWarning(warning)).toBe(line);
	expect(TerminalWarningSchema.parse(warning)).toEqual(warning);
});

test('every code has a case above, and the schema knows exactly the declared codes', () => {
	expect(new Set(cases.map(({ warning }) => warning.code))).toEqual(new Set(terminalWarningCodes));
	expect(TerminalWarningSchema.options.map((option) => option.shape.code.value)).toEqual([...terminalWarningCodes]);
});

test.each([
	{ name: 'an English sentence', value: 'row numbers jump from 2 to 5' },
	{ name: 'an unknown code', value: { code: 'lost-row', n: 1 } },
	{ name: 'a missing fact', value: { code: 'number-gap', from: 2 } },
	{ name: 'an extra fact', value: { code: 'number-repeat', n: 1, page: 2 } },
	{ name: 'a field that is no text column', value: { code: 'empty-column', field: 'n', header: '№' } },
])('the schema refuses $name', ({ value }) => {
	expect(TerminalWarningSchema.safeParse(value).success).toBe(false);
});
