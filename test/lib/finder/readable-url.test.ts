import { expect, test } from 'vitest';
import { readableUrl } from '../../../src/lib/finder/readable-url.ts';

test.each([
	{
		href: `https://2gis.kg/search/${encodeURIComponent('ул. Ахунбаева, 119, Бишкек')}`,
		expected: 'https://2gis.kg/search/ул.%20Ахунбаева%2C%20119%2C%20Бишкек',
	},
	{
		href: `https://yandex.ru/maps/?text=${encodeURIComponent('Үч-Коргон & «Ош» #2')}`,
		expected: 'https://yandex.ru/maps/?text=Үч-Коргон%20%26%20«Ош»%20%232',
	},
	{ href: 'https://2gis.kg/geo/74.59,42.87', expected: 'https://2gis.kg/geo/74.59,42.87' },
	{ href: 'https://example.kg/?q=%D1%83%D0', expected: 'https://example.kg/?q=у%D0' },
	{ href: 'https://example.kg/?q=%F0%9F%8F%A7', expected: 'https://example.kg/?q=🏧' },
])('$href → $expected', ({ href, expected }) => {
	expect(readableUrl(href)).toBe(expected);
});

test('the browser reads a readable URL as the very same address', () => {
	const href = `https://www.openstreetmap.org/search?query=${encodeURIComponent('мкр. Жал-29, 1/2, Бишкек')}`;
	expect(new URL(readableUrl(href)).href).toBe(new URL(href).href);
});
