import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { pageFiles, type PageFiles, type ReadBuilt } from '../lib/budget/module-graph.ts';
import { localeCodes } from '../lib/i18n/locales.ts';

/** Every cache the site makes starts with this, so a new build can tell its old caches apart from others'. */
const prefix = 'optima24';
const tileCache = `${prefix}-map-tiles`;

/** The pages a customer needs with no signal: the guide and the terminal list, in every language. */
const offlinePages = (dir: string): string[] =>
	localeCodes.flatMap((locale) => [`${locale}/index.html`, `${locale}/terminals/index.html`]).filter((page) => existsSync(`${dir}${page}`));

/** The pins the finder's map reads, and its strings (`src/pages/terminals/map-strings.json.ts`). */
const mapDataFiles = ['terminals/positions.json', 'terminals/map-strings.json'];

/**
 * A page's files, and what its map loads on demand: the map's code and the country outline its
 * code names, so a reader who loses the signal still has the map over the outline, pins included.
 */
function withMap({ onLoad, onDemand }: PageFiles, read: ReadBuilt): string[] {
	const code = [...onLoad, ...onDemand].filter((file) => file.endsWith('.js'));
	const data = code.flatMap((file) => [...read(file).matchAll(/["'`]\/(_astro\/[\w.-]+\.json)["'`]/g)].map((match) => match[1] ?? ''));
	return [...onLoad, ...onDemand, ...data];
}

/**
 * Writes `sw.js` into the build: it precaches the offline pages with the CSS and JS they load,
 * the finder's map with its pins and outline, and keeps up to 200 map tiles for 30 days
 * as they are seen (never in advance). Each build's caches carry the build's version, from the
 * content of what it precaches; the new worker deletes the older builds' caches when it takes
 * over, and pages reload once onto it (`register-service-worker.ts`), so a page never mixes files
 * of two builds.
 */
export async function writeServiceWorker(dir: string): Promise<{ version: string; precached: string[] }> {
	const read = (file: string) => readFileSync(`${dir}${file}`, 'utf8');
	const pages = offlinePages(dir);
	const assets = [...new Set(pages.flatMap((page) => withMap(pageFiles(read(page), read), read)))].sort();
	const precached = [...pages, ...assets, ...['favicon.svg', ...mapDataFiles].filter((file) => existsSync(`${dir}${file}`))];
	const hash = createHash('sha256');
	for (const file of precached) hash.update(file).update(readFileSync(`${dir}${file}`));
	const version = hash.digest('hex').slice(0, 12);
	const cacheId = `${prefix}-${version}`;
	const { warnings } = await generateSW({
		globDirectory: dir,
		globPatterns: precached,
		swDest: `${dir}sw.js`,
		// Workbox skips files over 2 MB, and a list of 2,000 terminals is 2.2 MB of HTML (about 0.2 MB
		// on the wire, compressed); the list is what a reader in a basement needs most.
		maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
		cacheId,
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		skipWaiting: true,
		clientsClaim: true,
		cleanupOutdatedCaches: true,
		// `/ky/` is `ky/index.html`; Astro's hashed file names already change with their content.
		directoryIndex: 'index.html',
		dontCacheBustURLsMatching: /^\/_astro\//,
		runtimeCaching: [
			{
				// The map's code, styles and pins, loaded when a reader opens it: kept for this build only.
				urlPattern: ({ url, sameOrigin }) => sameOrigin && (url.pathname.startsWith('/_astro/') || url.pathname.endsWith('.json')),
				handler: 'NetworkFirst',
				options: { cacheName: `${cacheId}-on-demand`, networkTimeoutSeconds: 4 },
			},
			{
				// The only images the site takes from elsewhere are the map's tiles.
				urlPattern: ({ request, sameOrigin }) => !sameOrigin && request.destination === 'image',
				handler: 'CacheFirst',
				options: {
					cacheName: tileCache,
					expiration: { maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true },
					cacheableResponse: { statuses: [0, 200] },
				},
			},
		],
	});
	if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join('; ')}`);
	// Workbox removes only caches of its own older formats; this removes the older builds' caches.
	appendFileSync(
		`${dir}sw.js`,
		`\nself.addEventListener('activate',e=>e.waitUntil(caches.keys().then(k=>Promise.all(k.filter(n=>n.startsWith(${JSON.stringify(`${prefix}-`)})&&!n.startsWith(${JSON.stringify(cacheId)})&&n!==${JSON.stringify(tileCache)}).map(n=>caches.delete(n))))));\n`,
	);
	return { version, precached };
}

/** Generates the service worker once the site is built, as Starlight runs Pagefind after its build. */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'optima24:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { version, precached } = await writeServiceWorker(fileURLToPath(dir));
				logger.info(`sw.js: build ${version}, ${precached.length} files precached for offline reading.`);
			},
		},
	};
}
