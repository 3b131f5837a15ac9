import { expect, test } from 'vitest';
import { alternateLinks } from '../../../src/lib/seo/alternates.ts';
import { renderSitemap } from '../../../src/lib/seo/sitemap.ts';

const site = new URL('https://pay.example.kg');

test.each([
	{ page: '' as const, expected: ['/ky/', '/ru/', '/'] },
	{ page: 'terminals/' as const, expected: ['/ky/terminals/', '/ru/terminals/', '/ky/terminals/'] },
])('alternates of "$page" list the page in every language, then x-default', ({ page, expected }) => {
	expect(alternateLinks(site, page)).toEqual(
		['ky', 'ru', 'x-default'].map((hreflang, index) => ({ hreflang, href: `https://pay.example.kg${expected[index]}` })),
	);
});

test('the sitemap lists the chooser and each page in each language, each with its own alternates', () => {
	const xml = renderSitemap(site);
	const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, links]) => ({
		loc,
		alternates: [...(links ?? '').matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => `${lang} ${href}`),
	}));
	expect(entries.map(({ loc }) => loc)).toEqual([
		'https://pay.example.kg/',
		'https://pay.example.kg/ky/',
		'https://pay.example.kg/ru/',
		'https://pay.example.kg/ky/terminals/',
		'https://pay.example.kg/ru/terminals/',
	]);
	expect(entries[4]?.alternates).toEqual([
		'ky https://pay.example.kg/ky/terminals/',
		'ru https://pay.example.kg/ru/terminals/',
		'x-default https://pay.example.kg/ky/terminals/',
	]);
	expect(entries[0]?.alternates).toContain('x-default https://pay.example.kg/');
});
