/**
 * The bench's `finder` part, on the built site served at `siteUrl` (scripts/bench.ts builds and
 * serves it): the page's gzip weight before the map, the map's code loaded on demand, and how long
 * drawing 100, 1,000 and 5,000 terminals and filtering 5,000 as you type take in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { measurePageWeight } from '../../src/lib/budget/page-weight.ts';
import type { BenchRow } from '../lib/bench-report.ts';
import { launchChromium } from '../lib/chromium.ts';
import { median } from '../lib/median.ts';

const dist = new URL('../../dist/', import.meta.url);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (file: string) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).byteLength;
const runs = 5;
const pinCounts = [100, 1000, 5000];

/**
 * `pins` pins over Kyrgyzstan: three in five exact, the rest on up to 200 settlement centres.
 * Their ids are the page's own, over and over: the finder shows on the map only what its list holds.
 */
function syntheticPositions(pins: number, ids: readonly string[]): { id: string; lat: number; lng: number; precision: string }[] {
	let seed = 1;
	const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	const centres = Array.from({ length: Math.min(200, Math.ceil(pins / 25)) }, () => ({
		lat: 39.5 + random() * 3.3,
		lng: 70 + random() * 9.5,
	}));
	return Array.from({ length: pins }, (_, index) => {
		const id = ids[index % ids.length] ?? '';
		if (index % 5 < 3) return { id, lat: 39.5 + random() * 3.3, lng: 70 + random() * 9.5, precision: 'exact' };
		const centre = centres[index % centres.length] ?? { lat: 42.87, lng: 74.59 };
		return { id, ...centre, precision: 'settlement' };
	});
}

const spread = (values: readonly number[]) =>
	`${[...values]
		.sort((a, b) => a - b)
		.map((t) => t.toFixed(0))
		.join(', ')} ms`;

export async function benchFinder(siteUrl: string): Promise<{ note: string; rows: BenchRow[] }> {
	const out: BenchRow[] = [];
	for (const locale of ['ky', 'ru']) {
		const html = readFileSync(new URL(`${locale}/terminals/index.html`, dist), 'utf8');
		const weight = measurePageWeight(html, (path) => readFileSync(new URL(`.${path}`, dist)));
		const rows = html.match(/<li id="t-/g)?.length ?? 0;
		out.push([
			`/${locale}/terminals/ (${rows} terminals): HTML + CSS / JS, gzip`,
			`${kb(weight.firstRender)} / ${kb(weight.js)}: ${kb(weight.firstRender + weight.js)} before the map`,
			'≤ 30 KB before the map',
		]);
	}
	const mapFiles = readdirSync(new URL('_astro/', dist)).filter((file) => file.startsWith('terminal-map.'));
	out.push([`map on demand (${mapFiles.join(', ')})`, kb(mapFiles.reduce((sum, file) => sum + gzip(`_astro/${file}`), 0)), '≤ 50 KB']);

	const browser = await launchChromium();
	const page240 = readFileSync(new URL('ru/terminals/index.html', dist), 'utf8');
	const listed = [...page240.matchAll(/<li id="t-([^"]+)"/g)].map(([, id]) => id ?? '');

	/** A fresh page at `/ru/terminals/`, its list and positions as given, nothing outside the site reachable. */
	async function openFinder(html: string, positions: string) {
		const context = await browser.newContext({ baseURL: siteUrl });
		await context.route('**/*', (route) => {
			const url = new URL(route.request().url());
			if (url.pathname === '/ru/terminals/') return route.fulfill({ contentType: 'text/html', body: html });
			if (url.pathname === '/terminals/positions.json') return route.fulfill({ contentType: 'application/json', body: positions });
			return url.origin === siteUrl ? route.continue() : route.abort();
		});
		const page = await context.newPage();
		await page.goto('/ru/terminals/');
		return { context, page };
	}

	// Drawing: from the map's code starting to draw to the first frame painted after it, on the sample's
	// page; an empty map first, so the pins' own share shows as the difference.
	const draws = new Map<number, number[]>();
	for (const pins of [0, ...pinCounts]) {
		const body = JSON.stringify(syntheticPositions(pins, listed));
		const times: number[] = [];
		for (let run = 0; run < runs; run++) {
			const { context, page } = await openFinder(page240, body);
			await page.locator('[data-action="map"]').click();
			await page.waitForFunction(() => performance.getEntriesByName('finder:map-draw').length > 0);
			times.push(await page.evaluate(() => performance.getEntriesByName('finder:map-draw')[0]?.duration ?? Number.NaN));
			await context.close();
		}
		draws.set(pins, times);
	}
	const empty = median(draws.get(0) ?? []);
	out.push([
		'opening the map with no terminals (Leaflet, tiles blocked, the outline)',
		`median ${empty.toFixed(0)} ms of ${runs} (${spread(draws.get(0) ?? [])})`,
		'',
	]);
	for (const pins of pinCounts) {
		const times = draws.get(pins) ?? [];
		out.push([
			`drawing ${pins} terminals`,
			`median ${median(times).toFixed(0)} ms of ${runs} (${spread(times)}); the pins' share over the empty map ${(median(times) - empty).toFixed(0)} ms`,
			pins === 5000 ? "< 100 ms, the pins' share" : '',
		]);
	}

	// Filtering as you type, on the page itself with its list copied up to 5,000 terminals: each
	// keystroke from the input event to the next painted frame.
	const copies = Math.ceil(5000 / listed.length);
	const page5000 = page240.replace(/<li id="t-([^"]+)"[\s\S]*?<\/li>/g, (item, id: string) =>
		Array.from({ length: copies }, (_, copy) => item.replace(`id="t-${id}"`, `id="t-${id}-${copy}"`)).join(''),
	);
	const { context, page } = await openFinder(page5000, '[]');
	await page.locator('.finder-count').filter({ hasText: /\d/ }).waitFor();
	const keystrokes = await page.evaluate(async (word) => {
		const input = document.querySelector<HTMLInputElement>('#finder-q');
		const times: number[] = [];
		for (let round = 0; round < 3; round++) {
			for (let length = 1; length <= word.length; length++) {
				if (!input) break;
				const start = performance.now();
				input.value = word.slice(0, length);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
				times.push(performance.now() - start);
			}
		}
		return times;
	}, 'бишкек ул');
	const items = await page.locator('li.terminal').count();
	await context.close();
	out.push([
		`filtering ${items} terminals as you type`,
		`median ${median(keystrokes).toFixed(0)} ms per keystroke to the next frame, of ${keystrokes.length} (slowest ${Math.max(...keystrokes).toFixed(0)} ms)`,
		'',
	]);

	await browser.close();
	return { note: "Weights are gzip -9, each file on its own; timings in Debian's Chromium, headless, the map's tiles blocked.", rows: out };
}
