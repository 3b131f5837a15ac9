import { expect, test } from 'vitest';
import { terminalPreviewText } from '../../../src/lib/share/terminal-preview.ts';

const labels = { hours: (hours: string) => `Режим работы: ${hours}`, fallbackTitle: 'Терминал Оптима Банка' };

const cases = [
	{
		name: 'place and settlement as the title; address and hours below',
		terminal: { city: 'Бишкек', address: 'ул. Киевская, 77', place: 'ТЦ «Дордой Плаза»', hours: '09:00–21:00' },
		expected: { title: 'ТЦ «Дордой Плаза» · Бишкек', description: 'ул. Киевская, 77, Бишкек. Режим работы: 09:00–21:00' },
	},
	{
		name: 'no place: the address is the title and is not repeated',
		terminal: { city: 'Ош', address: 'ул. Ленина, 1', place: '', hours: 'круглосуточно' },
		expected: { title: 'ул. Ленина, 1 · Ош', description: 'Ош. Режим работы: круглосуточно' },
	},
	{
		name: 'no hours and no settlement: nothing blank is shown',
		terminal: { city: '', address: 'ул. Ленина, 1', place: 'Аптека', hours: '' },
		expected: { title: 'Аптека', description: 'ул. Ленина, 1' },
	},
	{
		name: 'an empty row gets the fallback title',
		terminal: { city: '', address: '', place: '', hours: '' },
		expected: { title: 'Терминал Оптима Банка', description: 'Терминал Оптима Банка' },
	},
	{
		name: 'markup in PDF text stays text',
		terminal: { city: 'Бишкек', address: 'ул. 1', place: '"><script>alert(1)</script>', hours: '' },
		expected: { title: '"><script>alert(1)</script> · Бишкек', description: 'ул. 1, Бишкек' },
	},
];

test.each(cases)('$name', ({ terminal, expected }) => {
	expect(terminalPreviewText(terminal, labels)).toEqual(expected);
});
