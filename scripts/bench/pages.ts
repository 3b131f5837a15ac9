/**
 * The bench's `pages` part: every built page's weight against its budget, the finder page with the
 * 2,000-row list (its weight, and its first paint on a throttled connection), Lighthouse's
 * performance, and the guide against the PDF a customer would otherwise download. Needs `dist/`
 * built and served at `siteUrl` (scripts/bench.ts does both).
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { measurePageWeight } from '../../src/lib/budget/page-weight.ts';
import type { BenchRow } from '../lib/bench-report.ts';
import { builtPageFiles, gzipOfFiles, gzipSize } from '../lib/built-page-files.ts';
import { builtHtmlFiles, dist, pathOfFile } from '../lib/built-pages.ts';
import { launchChromium } from '../lib/chromium.ts';
import { launchChromeForLighthouse, runLighthouse, type LighthouseReport } from '../lib/lighthouse.ts';
import { median } from '../lib/median.ts';
import { serveStatic } from '../lib/static-server.ts';
import { buildSite, longListPdf } from './build-site.ts';

const lighthouseRuns = 3;
const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);

export async function benchPages(siteUrl: string): Promise<{ note: string; rows: BenchRow[] }> {
	const rows: BenchRow[] = [];
	// The same site with the 2,000-row fixture list, for the finder page at that length.
	const long = mkdtempSync(`${tmpdir()}/bench-2000-`);
	// Served before it is built, so the build can name its own address (SITE_URL is required).
	const longSite = await serveStatic(long);
	buildSite({ TERMINALS_PDF: longListPdf, SITE_URL: longSite.url }, long);

	// Weight: every page, a generated collection (hundreds of previews) as its heaviest page.
	const budgets: Record<string, { firstRender?: number; js?: number; total?: number }> = {
		guide: { firstRender: 14 * KB, js: 5 * KB },
		terminals: { total: 30 * KB },
	};
	const kindOf = (path: string) => (/^\/\w+\/terminals\/$/.test(path) ? 'terminals' : /^\/(ky|ru)\/$/.test(path) ? 'guide' : undefined);
	const read = (file: string) => readFileSync(`${dist}${file}`, 'utf8');
	const weights = builtHtmlFiles().map((file) => {
		const html = read(file);
		const page = measurePageWeight(html, (asset) => readFileSync(`${dist}${asset.slice(1)}`));
		const { onLoad, onDemand, inlineScripts } = builtPageFiles(html);
		const js = gzipOfFiles(onLoad.filter((f) => f.endsWith('.js'))) + inlineScripts.reduce((sum, code) => sum + gzipSize(code), 0);
		return { path: pathOfFile(file), firstRender: page.firstRender, js, onDemand: gzipOfFiles(onDemand) };
	});
	const collections = new Map<string, typeof weights>();
	for (const weight of weights) {
		const collection = /^\/\w+\/(s|t)\/[^/]+\/$/.exec(weight.path)?.[1];
		if (collection) collections.set(collection, [...(collections.get(collection) ?? []), weight]);
		else {
			const budget = budgets[kindOf(weight.path) ?? ''];
			const reference = budget?.firstRender
				? `≤ ${kb(budget.firstRender)} HTML+CSS, ≤ ${kb(budget.js ?? 0)} JS`
				: budget?.total
					? `≤ ${kb(budget.total)} before the map`
					: '';
			rows.push([`weight ${weight.path} (HTML+CSS / JS, gzip)`, `${kb(weight.firstRender)} / ${kb(weight.js)}`, reference]);
			if (weight.onDemand > 0) rows.push([`weight of what ${weight.path} loads on demand (the map)`, kb(weight.onDemand), '≤ 50 KB']);
		}
	}
	for (const [kind, pages] of collections) {
		const heaviest = pages.reduce((a, b) => (a.firstRender + a.js >= b.firstRender + b.js ? a : b));
		rows.push([
			`weight, heaviest of ${pages.length} /…/${kind}/…/ previews`,
			`${kb(heaviest.firstRender)} / ${kb(heaviest.js)}`,
			heaviest.path,
		]);
	}

	{
		const html = readFileSync(`${long}/ru/terminals/index.html`, 'utf8');
		const page = measurePageWeight(html, (asset) => readFileSync(`${long}${asset}`));
		const rowsIn = html.match(/<li id="t-/g)?.length ?? 0;
		rows.push([
			`weight /ru/terminals/ with the ${rowsIn}-row fixture list (HTML+CSS / JS, gzip)`,
			`${kb(page.firstRender)} / ${kb(page.js)} (${kb(Buffer.byteLength(html))} HTML raw)`,
			'no budget: the first screen must render before the whole list arrives',
		]);
	}

	// The 2,000-row page on a throttled connection for real (slow 4G, 4× slower CPU, as Lighthouse's
	// preset): when the first screen is painted against when the page's last byte has arrived.
	{
		const browser = await launchChromium();
		const firsts: { paint: number; lastByte: number }[] = [];
		for (let i = 0; i < lighthouseRuns; i++) {
			const page = await browser.newPage();
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: 150,
				downloadThroughput: (1.6 * 1024 * 1024) / 8,
				uploadThroughput: (750 * 1024) / 8,
			});
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await page.goto(`${longSite.url}/ru/terminals/`, { waitUntil: 'load' });
			firsts.push(
				await page.evaluate(() => ({
					paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
					lastByte: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.responseEnd ?? Number.NaN,
				})),
			);
			await page.close();
		}
		await browser.close();
		rows.push([
			`/ru/terminals/ with 2,000 rows, throttled for real: first paint / the page's last byte (median of ${lighthouseRuns})`,
			`${ms(median(firsts.map(({ paint }) => paint)))} / ${ms(median(firsts.map(({ lastByte }) => lastByte)))}`,
			'the first screen must render before the whole list arrives',
		]);
	}

	// Lighthouse performance, mobile preset with simulated slow 4G, median of several runs; pages
	// served gzipped, as static hosts send them.
	const chrome = await launchChromeForLighthouse();
	try {
		const pages = [
			{ label: '/ky/', url: `${siteUrl}/ky/` },
			{ label: '/ru/terminals/', url: `${siteUrl}/ru/terminals/` },
			{ label: '/ru/terminals/ (2,000 rows)', url: `${longSite.url}/ru/terminals/` },
		];
		for (const { label: path, url } of pages) {
			const reports: LighthouseReport[] = [];
			for (let i = 0; i < lighthouseRuns; i++) reports.push(await runLighthouse(chrome, url, ['performance']));
			const audit = (id: string) => median(reports.map((report) => report.audits[id]?.numericValue ?? Number.NaN));
			const score = median(reports.map((report) => (report.categories['performance']?.score ?? 0) * 100));
			rows.push([
				`Lighthouse ${path} performance (median of ${lighthouseRuns})`,
				String(score),
				path.includes('2,000') ? 'no goal' : 'goal ≥ 95',
			]);
			rows.push([`Lighthouse ${path} FCP / LCP`, `${ms(audit('first-contentful-paint'))} / ${ms(audit('largest-contentful-paint'))}`, '']);
			rows.push([
				`Lighthouse ${path} TBT / CLS`,
				`${ms(audit('total-blocking-time'))} / ${audit('cumulative-layout-shift').toFixed(3)}`,
				'',
			]);
		}
	} finally {
		chrome.kill();
		await longSite.close();
		rmSync(long, { recursive: true, force: true });
	}

	// The guide against the PDF a customer would otherwise download.
	const guide = weights.find(({ path }) => path === '/ru/');
	const pdf = statSync(longListPdf).size;
	if (guide) {
		const guideTotal = guide.firstRender + guide.js;
		rows.push([
			'guide /ru/ (all it loads, gzip) vs a bank PDF',
			`${kb(guideTotal)} vs ${kb(pdf)}: ${(pdf / guideTotal).toFixed(0)}× smaller`,
			'stand-in: the 2,000-row fixture PDF (the bank’s own could not be downloaded here)',
		]);
	}

	return {
		note: 'Weights are gzip -9, each file on its own. Lighthouse 13.5 mobile preset (simulated slow 4G, 4× CPU slowdown).',
		rows,
	};
}
