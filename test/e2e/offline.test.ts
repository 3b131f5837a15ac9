import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import { useBrowser } from '../support/browser.ts';
import { dist } from '../../scripts/lib/built-pages.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { filledTemplate } from '../support/template-text.ts';
import { snapshotTerminals } from '../support/terminal-snapshot.ts';

const browser = useBrowser();
/** A copy of the build on its own server, so a test can deploy a "new build" over it. */
let root: string;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
	root = `${mkdtempSync(join(tmpdir(), 'optima24-offline-'))}/`;
	cpSync(dist, root, { recursive: true });
	site = await serveStatic(root);
});
afterAll(async () => {
	await site?.close();
	if (root) rmSync(root, { recursive: true, force: true });
});

/** The pages promised offline: the guide and the terminal list in every language, those this build has. */
const offlinePaths = localeCodes
	.flatMap((locale) => [`/${locale}/`, `/${locale}/terminals/`])
	.filter((path) => existsSync(`${dist}${path.slice(1)}index.html`));

/** A first visit, online: the page loads and the service worker installs and takes control. */
async function firstVisit(path = '/ky/'): Promise<Page> {
	const page = await browser.open(path, { baseURL: site.url, serviceWorkers: 'allow' });
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
	return page;
}

test('after one visit, a step link opens with no connection', async () => {
	const page = await firstVisit();
	await page.context().setOffline(true);
	await page.goto('/ky/#pay');
	await page.reload();
	const step = page.getByRole('main').getByRole('region').and(page.locator('#pay'));
	expect(await step.getByRole('heading').textContent()).not.toBe('');
	expect(await step.isVisible()).toBe(true);
	expect(new URL(page.url()).hash).toBe('#pay');
});

test.each(offlinePaths)('after one visit, %s opens with no connection', async (path) => {
	const page = await firstVisit();
	await page.context().setOffline(true);
	const response = await page.goto(path);
	expect(response?.status()).toBe(200);
	expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('');
	expect(await page.getByRole('main').isVisible()).toBe(true);
});

test('after one visit, the map opens with no connection, its pins over the country outline and its regions’ borders', async () => {
	const page = await firstVisit();
	await page.context().setOffline(true);
	await page.goto('/ru/terminals/');
	await page.getByRole('button', { name: uiStrings.ru['finder.map.open'] }).click();
	const count = page.getByRole('status').filter({ hasText: filledTemplate(uiStrings.ru['finder.map.count']) });
	const positions = JSON.parse(readFileSync(`${root}terminals/positions.json`, 'utf8')) as unknown[];
	expect(await count.textContent()).toBe(
		uiStrings.ru['finder.map.count'].replace('{{count}}', String(positions.length)).replace('{{total}}', String(snapshotTerminals.length)),
	);
	const backdropServed = () =>
		(performance.getEntriesByType('resource') as (PerformanceResourceTiming & { responseStatus?: number })[])
			.filter(({ name, responseStatus }) => /kyrgyzstan-(outline|regions)/.test(name) && responseStatus === 200)
			.map(({ name }) => /kyrgyzstan-(outline|regions)/.exec(name)?.[1])
			.sort();
	expect(await page.evaluate(backdropServed)).toEqual(['outline', 'regions']);
});

test('a new build reaches the reader on the next reload, and the old build’s caches go', async () => {
	const page = await firstVisit();
	const oldCaches = await page.evaluate(() => caches.keys());
	// A new build, as `astro build` would leave it: new words in the guide, and its service worker.
	const file = `${root}ky/index.html`;
	writeFileSync(file, readFileSync(file, 'utf8').replace(/<h1([^>]*)>/, '<h1$1>Жаңы: '));
	const { version } = await writeServiceWorker(root);
	await page.reload();
	await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 }).toMatch(/^Жаңы: /);
	await expect
		.poll(() => page.evaluate(() => caches.keys()), { timeout: 10_000 })
		.toEqual(expect.arrayContaining([expect.stringContaining(version)]));
	const left = await page.evaluate(() => caches.keys());
	expect(left.filter((name) => oldCaches.includes(name) && !name.endsWith('map-tiles'))).toEqual([]);
});

test('with service workers blocked, the guide still reads', async () => {
	const page = await browser.open('/ky/#pay', { baseURL: site.url, serviceWorkers: 'block' });
	expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
	expect(await page.getByRole('main').getByRole('region').count()).toBeGreaterThan(5);
});
