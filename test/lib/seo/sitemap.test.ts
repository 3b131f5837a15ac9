import { expect, test } from 'vitest';
import { alternateLinks } from '../../../src/lib/seo/alternates.ts';
import { renderSitemap } from '../../../src/lib/seo/sitemap.ts';

const site = new URL('https://pay.example.kg');

test('alternates list every language, then x-default pointing to the chooser', () => {
	expect(alternateLinks(site)).toEqual([
		{ hreflang: 'ky', href: 'https://pay.example.kg/ky/' },
		{ hreflang: 'ru', href: 'https://pay.example.kg/ru/' },
		{ hreflang: 'x-default', href: 'https://pay.example.kg/' },
	]);
});

test('the sitemap lists the chooser and each guide, each with its alternates', () => {
	const xml = renderSitemap(site);
	expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
		'https://pay.example.kg/',
		'https://pay.example.kg/ky/',
		'https://pay.example.kg/ru/',
	]);
	expect(xml.match(/<xhtml:link rel="alternate" hreflang="ru" href="https:\/\/pay.example.kg\/ru\/"\/>/g)).toHaveLength(3);
});
