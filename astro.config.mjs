// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageCsp } from './src/integrations/page-csp.ts';
import { devSiteUrl, requireSiteUrl } from './src/integrations/require-site-url.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { guideSectionsPlugin } from './src/lib/guide/guide-sections-plugin.ts';
import { typographyPlugin } from './src/lib/typography/typography-plugin.ts';

const guideFolder = fileURLToPath(new URL('./content/guide/', import.meta.url));

export default defineConfig({
	// Canonical URLs, QR codes and the sitemap need the public origin: `astro build` refuses to run
	// without SITE_URL (requireSiteUrl); `astro dev` names its own local address.
	site: process.env.SITE_URL ?? devSiteUrl,
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// The guide's CSS rides in the HTML so the page renders from the first round trip.
		inlineStylesheets: 'always',
	},
	markdown: {
		// The guide has no code blocks, and Shiki's inline styles would break the CSP.
		syntaxHighlight: false,
		// MDX inherits this processor, so the guide's .mdx files run these plugins too. A guide file is
		// named by its locale (ky.mdx), which the typography plugin reads to pick the language's rules.
		processor: satteri({
			mdastPlugins: [
				guideSectionsPlugin((path) => path.startsWith(guideFolder)),
				typographyPlugin((path) => (path.startsWith(guideFolder) ? basename(path, '.mdx') : undefined)),
			],
		}),
	},
	integrations: [requireSiteUrl(), mdx(), pageCsp(), serviceWorker()],
	security: {
		csp: {
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'"],
		},
	},
	devToolbar: { enabled: false },
	vite: {
		build: {
			// Leaflet's CSS names pictures for controls and default markers the map never shows; inlined,
			// they would ride in the map's code as some 3 KB of base64 (emitted as files, nothing fetches them).
			assetsInlineLimit: (file) => (file.includes('/leaflet/dist/images/') ? false : undefined),
		},
		resolve: {
			// Leaflet 1.9 names only its UMD bundle in package.json; its ES module build minifies smaller and needs no CommonJS wrapper.
			alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }],
		},
	},
});
