import type { BrowserContext } from 'playwright-core';

/**
 * Lets a browser context reach only the site under test: every other request (map tiles, the
 * bank's site, anything) is aborted, as on a closed network. Returns the URLs it refused, so a
 * test can tell what the page tried to load, and every URL it let through.
 */
export async function keepOffline(context: BrowserContext, baseURL: string): Promise<{ blocked: string[]; loaded: string[] }> {
	const blocked: string[] = [];
	const loaded: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(`${baseURL}/`) || url === baseURL) {
			loaded.push(url);
			return route.continue();
		}
		blocked.push(url);
		return route.abort('internetdisconnected');
	});
	return { blocked, loaded };
}
