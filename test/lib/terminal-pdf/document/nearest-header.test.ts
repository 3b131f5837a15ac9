import { expect, test } from 'vitest';
import { missingFromHeader } from '../../../../src/lib/terminal-pdf/document/nearest-header.ts';

test.each([
	{ nearest: undefined, detail: 'no page has a header row naming the address or place column and one more' },
	{
		nearest: { page: 1, text: 'Наименование осмотра Где проводится Режим работы', fields: ['hours' as const] },
		detail: 'the nearest header, «Наименование осмотра Где проводится Режим работы» on page 1, names hours but no address or place column',
	},
	{
		nearest: { page: 3, text: 'Адрес объекта', fields: ['address' as const] },
		detail: 'the nearest header, «Адрес объекта» on page 3, names address but no other known column',
	},
])('a refusal names what the header lacked: $detail', ({ nearest, detail }) => {
	expect(missingFromHeader(nearest)).toBe(detail);
});
