import type { BrowserContext } from 'playwright-core';

/** What a context asked for: the site's own URLs it let through, and every other URL it refused. */
export interface Traffic {
	loaded: string[];
	blocked: string[];
}

/**
 * Lets a browser context reach only the site under test: every other request (map tiles, the
 * bank's site, anything) fails at once, as on a closed network, instead of hanging. Returns what
 * it let through and what it refused, so a test can tell what the page tried to load.
 */
export async function keepOffline(context: BrowserContext, baseURL: string): Promise<Traffic> {
	const site = new URL(baseURL).origin;
	const traffic: Traffic = { loaded: [], blocked: [] };
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (new URL(url).origin === site) {
			traffic.loaded.push(url);
			return route.continue();
		}
		traffic.blocked.push(url);
		return route.abort('internetdisconnected');
	});
	return traffic;
}
