import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { launchChromium } from '../support/browser.ts';
import { allPaths } from '../support/pages.ts';

const baseURL = inject('baseURL');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchChromium();
	context = await browser.newContext({ baseURL });
});
afterAll(() => browser.close());

const indexable = [{ path: '/', lang: 'ky' }, ...localeCodes.map((locale) => ({ path: `/${locale}/`, lang: locale }))];

describe.each(indexable)('$path', ({ path, lang }) => {
	test('has its language, a title, a description, a canonical URL and hreflang alternates', async () => {
		const page = await context.newPage();
		await page.goto(path);
		expect(await page.locator('html').getAttribute('lang')).toBe(lang);
		expect((await page.title()).length).toBeGreaterThan(10);
		expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length).toBeGreaterThan(50);
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+${path}$`));
		const alternates = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]));
		expect(alternates).toEqual([...localeCodes.map((locale) => [locale, `/${locale}/`]), ['x-default', '/']]);
		await page.close();
	});
});

describe.each(allPaths)('%s', (path) => {
	test('loads without console errors or Content Security Policy violations', async () => {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(path);
		await page.waitForLoadState('load');
		// The 404 page's own status is the one error expected, and only there.
		const expected = path === '/no-such-page/' ? /status of 404/ : undefined;
		expect(errors.filter((text) => !expected?.test(text))).toEqual([]);
		await page.close();
	});
});

describe('language chooser', () => {
	test('offers both languages side by side, each in its own language', async () => {
		const page = await context.newPage();
		await page.goto('/');
		const cards = page.locator('.locale-cards li');
		expect(await cards.evaluateAll((items) => items.map((item) => item.getAttribute('lang')))).toEqual([...localeCodes]);
		for (const locale of localeCodes) {
			await page.getByRole('link', { name: new RegExp(locale === 'ky' ? 'Кыргызча' : 'Русский') }).waitFor();
		}
		const [first, second] = await cards.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
		expect(first).toBe(second);
		await page.close();
	});
});

describe('404', () => {
	test('answers an unknown address with status 404 and links back in both languages', async () => {
		const page = await context.newPage();
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		for (const locale of localeCodes) {
			expect(await page.locator(`a[href="/${locale}/"]`).count()).toBe(1);
			expect(await page.locator(`main p[lang="${locale}"]`).count()).toBe(1);
		}
		await page.close();
	});
});

describe('robots.txt and sitemap.xml', () => {
	test('robots.txt points to the sitemap, which lists every indexable page', async () => {
		const robots = await (await fetch(`${baseURL}/robots.txt`)).text();
		const sitemapURL = /^Sitemap: (.+)$/m.exec(robots)?.[1];
		expect(sitemapURL && new URL(sitemapURL).pathname).toBe('/sitemap.xml');
		const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text();
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
		expect(locs).toEqual(indexable.map(({ path }) => path));
	});
});
