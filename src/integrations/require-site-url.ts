import type { AstroIntegration } from 'astro';

/** The origin `npm run dev` serves on; a build may name it only when SITE_URL says so. */
export const devSiteUrl = 'http://localhost:4321';

const howToSet = `Set it to the address customers open, e.g. SITE_URL=https://pay.example.kg npm run build (to try a build on this machine: SITE_URL=${devSiteUrl} npm run build).`;

/**
 * Why a build needs SITE_URL, or undefined when `value` will do. The QR codes, the staff page's
 * links, canonical URLs, the sitemap and `og:image` all carry the public origin; built without
 * it they would point at this machine, and a printed QR code would lead nowhere.
 */
export function siteUrlProblem(value: string | undefined, site?: string): string | undefined {
	if (value === undefined || value.trim() === '')
		return `SITE_URL is not set. The build writes the site's public address into its QR codes, the staff page's links, canonical URLs, the sitemap and link previews. ${howToSet}`;
	const url = URL.canParse(value) ? new URL(value) : undefined;
	if (!url || !['http:', 'https:'].includes(url.protocol))
		return `SITE_URL must be an http(s) address, found ${JSON.stringify(value)}. ${howToSet}`;
	// Astro lets a SITE variable stand in for import.meta.env.SITE, which preview pages read: it would win over SITE_URL there.
	if (site !== undefined && site !== value)
		return `SITE is set to ${JSON.stringify(site)} and SITE_URL to ${JSON.stringify(value)}; Astro would write SITE into some pages. Unset SITE (unset SITE) and keep SITE_URL.`;
	return undefined;
}

/** Stops `astro build` before it starts when SITE_URL is missing or not an address; `astro dev` keeps its local default. */
export function requireSiteUrl(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
	return {
		name: 'optima24:require-site-url',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command !== 'build') return;
				const problem = siteUrlProblem(env.SITE_URL, env.SITE);
				if (problem) throw new Error(problem);
			},
		},
	};
}
