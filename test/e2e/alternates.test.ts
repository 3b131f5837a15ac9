import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { launchChromium } from '../support/browser.ts';

const baseURL = inject('baseURL');
const dist = new URL('../../dist/', import.meta.url);
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchChromium();
	// The links as built: the language switch's script would add the reader's own hash and query.
	context = await browser.newContext({ baseURL, javaScriptEnabled: false });
});
afterAll(() => browser.close());

const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const refreshTarget = (file: string) =>
	/<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(readFileSync(new URL(file, dist), 'utf8'))?.[1];
const pathOfFile = (file: string) => `/${file.replace(/index\.html$/, '')}`;
/** Every page the build wrote that a reader stays on, by the path they open. */
const builtPaths = htmlFiles
	.filter((file) => refreshTarget(file) === undefined)
	.map(pathOfFile)
	.sort();
/** Pages kept out of search engines (the 404, the staff page): no canonical URL, no alternates, not in the sitemap. */
const unindexed = htmlFiles
	.filter((file) => refreshTarget(file) === undefined)
	.filter((file) => file === '404.html' || /<meta name="robots" content="noindex/.test(readFileSync(new URL(file, dist), 'utf8')))
	.map(pathOfFile)
	.sort();
const indexed = builtPaths.filter((path) => !unindexed.includes(path));
/** Pages that only send the reader on (a step's share preview), with where they send them. */
const redirects = htmlFiles.flatMap((file) => {
	const target = refreshTarget(file);
	return target === undefined ? [] : [{ file, target }];
});

const pathOf = (href: string | null) => (href === null ? null : new URL(href).pathname);

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
	expect(builtPaths.length).toBeGreaterThanOrEqual(2 + localeCodes.length);
});

describe.each(indexed)('%s', (path) => {
	test('names itself as canonical and lists alternates that exist, each in its language and naming the same set', async () => {
		const page = await context.newPage();
		await page.goto(path);
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
		await page.close();
	});

	test('its language switch leads to this same page in the other languages', async () => {
		const page = await context.newPage();
		await page.goto(path);
		const own = await head(page);
		const switchLinks = await page
			.locator('lang-switch a')
			.evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
		const expected = own.alternates.filter(([hreflang]) => hreflang !== own.lang && hreflang !== 'x-default');
		// The chooser has no switch: it offers every language itself.
		if (path !== '/') expect(switchLinks).toEqual(expected);
		await page.close();
	});
});

test.each(redirects)('$file names the page it sends the reader to as canonical', ({ file, target }) => {
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(new URL(file, dist), 'utf8'))?.[1] ?? '';
	const { pathname, hash } = new URL(canonical);
	expect(`${pathname}${hash}`).toBe(target);
	expect(builtPaths).toContain(pathname);
});

test.each(unindexed)('%s names no canonical URL and no alternates', async (path) => {
	const page = await context.newPage();
	await page.goto(path);
	expect(await head(page)).toMatchObject({ canonical: null, alternates: [] });
	await page.close();
});

test('the sitemap lists every indexed page, each with the alternates the page itself names', async () => {
	const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text();
	const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, links]) => ({
		path: pathOf(loc ?? ''),
		alternates: [...(links ?? '').matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang, pathOf(href ?? '')]),
	}));
	expect(entries.map(({ path }) => path).sort()).toEqual(indexed);
	const page = await context.newPage();
	for (const { path, alternates } of entries) {
		await page.goto(path ?? '');
		expect(alternates, `${path}`).toEqual((await head(page)).alternates);
	}
	await page.close();
});
