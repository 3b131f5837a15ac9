import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

/** Debian's Chromium, quiet on a closed network: nothing here may wait on the internet. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
		],
	});
}

export interface BrowserSession {
	/** A fresh context on the built site, closed after the test whether it passed or not. */
	newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
	/** A page in a fresh context, already at `path`. */
	open(path: string, options?: BrowserContextOptions): Promise<Page>;
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
	const newContext = async (options: BrowserContextOptions = {}): Promise<BrowserContext> => {
		if (!browser) throw new Error('useBrowser(): Chromium has not started; call it at the top of the test file.');
		// Service workers stay off unless a test asks: each test sees what the network sends (offline.test.ts allows them).
		const site = options.baseURL ?? defaults.baseURL ?? inject('baseURL');
		const context = await browser.newContext({ baseURL: site, serviceWorkers: 'block', ...defaults, ...options });
		open.push(context);
		// A closed network: the site under test answers, anything else (map tiles) fails at once instead of hanging.
		await context.route(
			(url) => url.origin !== new URL(site).origin,
			(route) => route.abort('internetdisconnected'),
		);
		return context;
	};
	return {
		newContext,
		async open(path, options) {
			const page = await (await newContext(options)).newPage();
			await page.goto(path);
			return page;
		},
	};
}
