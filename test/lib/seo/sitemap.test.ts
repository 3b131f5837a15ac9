import { expect, test } from 'vitest';
import { alternateLinks } from '../../../src/lib/seo/alternates.ts';
import { renderSitemap } from '../../../src/lib/seo/sitemap.ts';

const site = new URL('https://pay.example.kg');

test('alternates of the guide list it in every language, then x-default pointing to the chooser', () => {
	expect(alternateLinks(site, '')).toEqual([
		{ hreflang: 'ky', href: 'https://pay.example.kg/ky/' },
		{ hreflang: 'ru', href: 'https://pay.example.kg/ru/' },
		{ hreflang: 'x-default', href: 'https://pay.example.kg/' },
	]);
});

test('the sitemap lists the chooser and each page in each language, each with its own alternates', () => {
	const xml = renderSitemap(site);
	const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, links]) => ({
		loc,
		alternates: [...(links ?? '').matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => `${lang} ${href}`),
	}));
	expect(entries.map(({ loc }) => loc)).toEqual(['https://pay.example.kg/', 'https://pay.example.kg/ky/', 'https://pay.example.kg/ru/']);
	expect(entries[2]?.alternates).toEqual([
		'ky https://pay.example.kg/ky/',
		'ru https://pay.example.kg/ru/',
		'x-default https://pay.example.kg/',
	]);
});
