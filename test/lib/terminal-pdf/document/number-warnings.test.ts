import { expect, test } from 'vitest';
import { listWarnings } from '../../../../src/lib/terminal-pdf/document/number-warnings.ts';
import type { Terminal } from '../../../../src/lib/terminal-pdf/schema.ts';

const terminal = (n: number, address = 'ул. Ленина, 1', place = ''): Terminal => ({ n, region: '', city: 'Ош', address, place, hours: '' });

test.each([
	{ name: 'a clean list', list: [terminal(1), terminal(2), terminal(3)], warnings: [] },
	{ name: 'a gap', list: [terminal(1), terminal(2), terminal(5)], warnings: [{ code: 'number-gap', from: 2, to: 5 }] },
	{ name: 'a repeat', list: [terminal(1), terminal(1), terminal(2)], warnings: [{ code: 'number-repeat', n: 1 }] },
	{ name: 'numbers going back', list: [terminal(7), terminal(3)], warnings: [{ code: 'number-gap', from: 7, to: 3 }] },
	{
		name: 'a row with neither address nor place',
		list: [terminal(1, ''), terminal(2, '', 'ТЦ')],
		warnings: [{ code: 'no-address', n: 1 }],
	},
	{ name: 'a list not starting at 1', list: [terminal(4), terminal(5)], warnings: [] },
])('$name', ({ list, warnings }) => {
	expect(listWarnings(list)).toEqual(warnings);
});
