/**
 * The terminal finder's figures, on the built site (`npm run build` first; `npm run bench` runs it):
 * the page's gzip weight before the map, the map's code loaded on demand, and how long drawing
 * 100, 1,000 and 5,000 terminals takes in Chromium. Prints figures only; nothing here passes or fails on them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { measurePageWeight } from '../src/lib/budget/page-weight.ts';
import { serveStatic } from '../test/support/static-server.ts';

const dist = new URL('../dist/', import.meta.url);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (file: string) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).byteLength;
const runs = 5;
const pinCounts = [100, 1000, 5000];

for (const locale of ['ky', 'ru']) {
	const html = readFileSync(new URL(`${locale}/terminals/index.html`, dist), 'utf8');
	const weight = measurePageWeight(html, (path) => readFileSync(new URL(`.${path}`, dist)));
	const rows = html.match(/<li id="t-/g)?.length ?? 0;
	console.log(
		`/${locale}/terminals/ (${rows} terminals): HTML + CSS ${kb(weight.firstRender)}, JS ${kb(weight.js)}, before the map ${kb(weight.firstRender + weight.js)}`,
	);
}
const mapFiles = readdirSync(new URL('_astro/', dist)).filter((file) => file.startsWith('terminal-map.'));
console.log(`map on demand (${mapFiles.join(', ')}): ${kb(mapFiles.reduce((sum, file) => sum + gzip(`_astro/${file}`), 0))}`);

/** `pins` pins over Kyrgyzstan: three in five exact, the rest on up to 200 settlement centres. */
function syntheticPositions(pins: number): { id: string; lat: number; lng: number; precision: string }[] {
	let seed = 1;
	const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	const centres = Array.from({ length: Math.min(200, Math.ceil(pins / 25)) }, () => ({
		lat: 39.5 + random() * 3.3,
		lng: 70 + random() * 9.5,
	}));
	return Array.from({ length: pins }, (_, index) => {
		if (index % 5 < 3) return { id: `b${index}`, lat: 39.5 + random() * 3.3, lng: 70 + random() * 9.5, precision: 'exact' };
		const centre = centres[index % centres.length] ?? { lat: 42.87, lng: 74.59 };
		return { id: `b${index}`, ...centre, precision: 'settlement' };
	});
}

const server = await serveStatic(new URL('.', dist).pathname);
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
for (const pins of pinCounts) {
	const body = JSON.stringify(syntheticPositions(pins));
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({ baseURL: server.url });
		await context.route('**/*', (route) => {
			const url = new URL(route.request().url());
			if (url.pathname === '/terminals/positions.json') return route.fulfill({ contentType: 'application/json', body });
			return url.origin === server.url ? route.continue() : route.abort();
		});
		const page = await context.newPage();
		await page.goto('/ru/terminals/');
		await page.locator('[data-action="map"]').click();
		await page.waitForFunction(() => performance.getEntriesByName('finder:map-draw').length > 0);
		times.push(await page.evaluate(() => performance.getEntriesByName('finder:map-draw')[0]?.duration ?? Number.NaN));
		await context.close();
	}
	times.sort((a, b) => a - b);
	console.log(
		`drawing ${pins} terminals: median ${times[Math.floor(runs / 2)]?.toFixed(0)} ms of ${runs} (${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
	);
}
await browser.close();
await server.close();
