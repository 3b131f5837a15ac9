import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { isLocale, localeCodes } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import { useBrowser } from '../support/browser.ts';
import { builtHtmlFiles, dist, pathOfFile, refreshTarget } from '../../scripts/lib/built-pages.ts';

const baseURL = inject('baseURL');
// The links as built: the language switch's script would add the reader's own hash and query.
const browser = useBrowser({ javaScriptEnabled: false });

const htmlOf = (file: string): string => readFileSync(`${dist}${file}`, 'utf8');
const stayedOn = builtHtmlFiles().filter((file) => refreshTarget(file) === undefined);
/** Every page the build wrote that a reader stays on, by the path they open. */
const readerPaths = stayedOn.map(pathOfFile).sort();
/** Pages kept out of search engines (the 404, the staff page): no canonical URL, no alternates, not in the sitemap. */
const unindexed = stayedOn
	.filter((file) => file === '404.html' || /<meta name="robots" content="noindex/.test(htmlOf(file)))
	.map(pathOfFile)
	.sort();
const indexed = readerPaths.filter((path) => !unindexed.includes(path));
/** Pages that only send the reader on (a step's share preview), with where they send them. */
const redirects = builtHtmlFiles().flatMap((file) => {
	const target = refreshTarget(file);
	return target === undefined ? [] : [{ file, target }];
});

const pathOf = (href: string | null) => (href === null ? null : new URL(href).pathname);

/** What a page's head tells search engines: its language, its canonical URL and its alternates. */
async function head(page: Page) {
	return {
		lang: await page.locator('html').getAttribute('lang'),
		canonical: pathOf(await page.evaluate(() => document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null)),
		alternates: await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname])),
	};
}

test('the build wrote the chooser, the 404 and every page in every language', () => {
	expect(readerPaths.length).toBeGreaterThanOrEqual(2 + localeCodes.length);
});

describe.each(indexed)('%s', (path) => {
	test('names itself as canonical and lists alternates that exist, each in its language and naming the same set', async () => {
		const page = await browser.open(path);
		const own = await head(page);
		expect(own.canonical).toBe(path);
		expect(own.alternates.map(([hreflang]) => hreflang)).toEqual([...localeCodes, 'x-default']);
		for (const [hreflang, href] of own.alternates) {
			const response = await page.goto(href ?? '');
			expect(response?.status(), `${hreflang} → ${href}`).toBe(200);
			const other = await head(page);
			expect(other.alternates, `${href} names other alternates than ${path}`).toEqual(own.alternates);
			if (hreflang !== 'x-default') {
				expect(other.lang).toBe(hreflang);
				expect(other.canonical).toBe(href);
			}
		}
	});
});

// The chooser has no switch: it offers every language itself.
describe.each(indexed.filter((path) => path !== '/'))('%s', (path) => {
	test('its language switch leads to this same page in the other languages', async () => {
		const page = await browser.open(path);
		const own = await head(page);
		const lang = own.lang ?? undefined;
		if (!isLocale(lang)) throw new Error(`${path}: lang="${lang}" is not one of the site's languages`);
		const switchLinks = await page
			.getByRole('navigation', { name: uiStrings[lang]['lang.nav'] })
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
		expect(switchLinks).toEqual(own.alternates.filter(([hreflang]) => hreflang !== lang && hreflang !== 'x-default'));
	});
});

test.each(redirects)('$file names the page it sends the reader to as canonical', ({ file, target }) => {
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(htmlOf(file))?.[1] ?? '';
	const { pathname, hash } = new URL(canonical);
	expect(`${pathname}${hash}`).toBe(target);
	expect(readerPaths).toContain(pathname);
});

test.each(unindexed)('%s names no canonical URL and no alternates', async (path) => {
	expect(await head(await browser.open(path))).toMatchObject({ canonical: null, alternates: [] });
});

test('the sitemap lists every indexed page, each with the alternates the page itself names', async () => {
	const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text();
	const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, links]) => ({
		path: pathOf(loc ?? ''),
		alternates: [...(links ?? '').matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang, pathOf(href ?? '')]),
	}));
	expect(entries.map(({ path }) => path).sort()).toEqual(indexed);
	const page = await browser.open('/');
	for (const { path, alternates } of entries) {
		await page.goto(path ?? '');
		expect(alternates, `${path}`).toEqual((await head(page)).alternates);
	}
});
