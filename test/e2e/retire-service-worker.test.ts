import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { dist } from '../../scripts/lib/built-pages.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const retiringWorker = new URL('../../deploy/retire-sw/sw.js', import.meta.url);
const browser = useBrowser();
/** A copy of the build on its own server, so the test can put the retiring worker in its sw.js. */
let root: string;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'optima24-retire-sw-'));
	cpSync(dist, root, { recursive: true });
	site = await serveStatic(root);
});
afterAll(async () => {
	await site?.close();
	if (root) rmSync(root, { recursive: true, force: true });
});

test('a returning visitor is released by deploy/retire-sw/sw.js: no worker, no caches, pages from the network', async () => {
	// A first visit with the site's own worker: it takes control and fills its caches.
	const page = await browser.open('/ky/', { baseURL: site.url, serviceWorkers: 'allow' });
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
	await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 10_000 }).not.toEqual([]);

	// The operator retires the worker; the visitor comes back.
	copyFileSync(retiringWorker, join(root, 'sw.js'));
	await page.reload();

	const state = () =>
		page.evaluate(async () => ({
			controlled: navigator.serviceWorker.controller !== null,
			registrations: (await navigator.serviceWorker.getRegistrations()).length,
			caches: await caches.keys(),
		}));
	await expect.poll(state, { timeout: 20_000 }).toEqual({ controlled: false, registrations: 0, caches: [] });
	// The page in view came from the network: its navigation passed through no worker.
	expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).workerStart)).toBe(0);
	expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('');

	// With no connection the guide no longer opens: nothing is left to serve it offline.
	await page.context().setOffline(true);
	await expect(page.goto('/ky/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});
