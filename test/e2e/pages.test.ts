import { describe, expect, inject, test } from 'vitest';
import { localeCodes, locales } from '../../src/lib/i18n/locales.ts';
import { useTranslations } from '../../src/lib/i18n/translator.ts';
import { useBrowser } from '../support/browser.ts';
import { distinctPaths, notFoundPath, terminalPaths } from '../../scripts/lib/built-pages.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

const indexable = [{ path: '/', lang: 'ky' }, ...localeCodes.map((locale) => ({ path: `/${locale}/`, lang: locale }))];

describe.each(indexable)('$path', ({ path, lang }) => {
	test('has its language, a title, a description, a canonical URL and hreflang alternates', async () => {
		const page = await browser.open(path);
		expect(await page.locator('html').getAttribute('lang')).toBe(lang);
		expect((await page.title()).length).toBeGreaterThan(10);
		expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length).toBeGreaterThan(50);
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+${path}$`));
		const alternates = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]));
		expect(alternates).toEqual([...localeCodes.map((locale) => [locale, `/${locale}/`]), ['x-default', '/']]);
	});
});

describe.each(distinctPaths())('%s', (path) => {
	test('loads without console errors or Content Security Policy violations, its service worker included', async () => {
		const page = await (await browser.newContext({ serviceWorkers: 'allow' })).newPage();
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(path);
		await page.waitForLoadState('load');
		// The 404 page's own status is the one error expected, and only there.
		const expected = path === notFoundPath ? /status of 404/ : undefined;
		expect(errors.filter((text) => !expected?.test(text))).toEqual([]);
	});
});

describe('language chooser', () => {
	test('offers both languages side by side, each in its own language', async () => {
		const page = await browser.open('/');
		const cards = page.getByRole('listitem');
		expect(await cards.evaluateAll((items) => items.map((item) => item.getAttribute('lang')))).toEqual([...localeCodes]);
		for (const { code, name } of locales) {
			await page.getByRole('link', { name: `${name} ${useTranslations(code)('chooser.open')}` }).waitFor();
		}
		const [first, second] = await cards.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
		expect(first).toBe(second);
	});
});

describe('404', () => {
	test('answers an unknown address with status 404 and links back in both languages', async () => {
		const page = await (await browser.newContext()).newPage();
		const response = await page.goto(notFoundPath);
		expect(response?.status()).toBe(404);
		for (const { code, name } of locales) {
			const t = useTranslations(code);
			expect(await page.getByRole('link', { name: `${name} ${t('notFound.back')}` }).getAttribute('href')).toBe(`/${code}/`);
			await page.getByText(t('notFound.text')).waitFor();
		}
	});
});

describe('robots.txt and sitemap.xml', () => {
	test('robots.txt points to the sitemap, which lists every indexable page', async () => {
		const robots = await (await fetch(`${baseURL}/robots.txt`)).text();
		const sitemapURL = /^Sitemap: (.+)$/m.exec(robots)?.[1];
		expect(sitemapURL && new URL(sitemapURL).pathname).toBe('/sitemap.xml');
		const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text();
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
		expect(locs).toEqual([...indexable.map(({ path }) => path), ...terminalPaths]);
	});
});
