import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { keepOffline, type Traffic } from './offline.ts';

/** A page a session opened, its context, and what that context loaded from the site and refused elsewhere. */
export interface Visit extends Traffic {
	page: Page;
	context: BrowserContext;
}

export interface BrowserSession {
	/** A fresh context on the built site, closed after the test whether it passed or not. */
	newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
	/** A page in a fresh context, already at `path`. */
	open(path: string, options?: BrowserContextOptions): Promise<Page>;
	/** Like `open`, with what the page loaded from the site and what it tried to load elsewhere. */
	visit(path: string, options?: BrowserContextOptions): Promise<Visit>;
}

/**
 * One Chromium for a test file, and a fresh context per page: each test starts clean, and the
 * hooks close what it opened even when it fails half-way.
 */
export function useBrowser(defaults: BrowserContextOptions = {}): BrowserSession {
	let browser: Browser | undefined;
	const open: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterEach(async () => {
		await Promise.all(open.splice(0).map((context) => context.close()));
	});
	afterAll(async () => {
		await browser?.close();
	});
	const start = async (options: BrowserContextOptions = {}): Promise<{ context: BrowserContext } & Traffic> => {
		if (!browser) throw new Error('useBrowser(): Chromium has not started; call it at the top of the test file.');
		// Service workers stay off unless a test asks: each test sees what the network sends (offline.test.ts allows them).
		const site = options.baseURL ?? defaults.baseURL ?? inject('baseURL');
		const context = await browser.newContext({ baseURL: site, serviceWorkers: 'block', ...defaults, ...options });
		open.push(context);
		// A closed network: the site under test answers, anything else (map tiles) fails at once instead of hanging.
		return { context, ...(await keepOffline(context, site)) };
	};
	const visit = async (path: string, options?: BrowserContextOptions): Promise<Visit> => {
		const started = await start(options);
		const page = await started.context.newPage();
		await page.goto(path);
		return { page, ...started };
	};
	return {
		visit,
		async newContext(options) {
			return (await start(options)).context;
		},
		async open(path, options) {
			return (await visit(path, options)).page;
		},
	};
}
