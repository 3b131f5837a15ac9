/**
 * `npm run bench`: one table of what the site weighs and how fast it is, measured in one run on
 * this machine, printed and written to bench/latest.md. Figures only: nothing passes or fails.
 * Builds the site first (offline: the bank's URL points at a closed port, as in the tests).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir, type as osType, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measurePageWeight } from '../src/lib/budget/page-weight.ts';
import { median } from './bench-median.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { launchChromeForLighthouse, runLighthouse, type LighthouseReport } from '../test/support/lighthouse.ts';
import { builtPageFiles, gzipOfFiles, gzipSize } from '../test/support/module-graph.ts';
import { builtHtmlFiles, dist, pathOfFile } from '../test/support/pages.ts';
import { serveStatic } from '../test/support/static-server.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const lighthouseRuns = 3;
const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);

type Row = [measure: string, value: string, reference: string];
const rows: Row[] = [];

const site = await serveStatic(`${root}dist`);
execFileSync(`${root}node_modules/.bin/astro`, ['build'], {
	cwd: root,
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: site.url, TERMINALS_URL: 'http://127.0.0.1:2/cashin_terminals_list.pdf' },
	stdio: 'ignore',
});
// The same site with the 2,000-row fixture list, for the finder page at that length.
const long = mkdtempSync(`${tmpdir()}/bench-2000-`);
const longSite = await serveStatic(long);
execFileSync(`${root}node_modules/.bin/astro`, ['build', '--outDir', long], {
	cwd: root,
	env: {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		SITE_URL: longSite.url,
		TERMINALS_PDF: `${root}test/fixtures/terminals/bench/terminals-2000.pdf`,
	},
	stdio: 'ignore',
});

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
		{ label: '/ky/', url: `${site.url}/ky/` },
		{ label: '/ru/terminals/', url: `${site.url}/ru/terminals/` },
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
		rows.push([`Lighthouse ${path} TBT / CLS`, `${ms(audit('total-blocking-time'))} / ${audit('cumulative-layout-shift').toFixed(3)}`, '']);
	}
} finally {
	chrome.kill();
	await site.close();
	await longSite.close();
	rmSync(long, { recursive: true, force: true });
}

// The terminal parser's own bench (scripts/bench-terminals.ts), its ratios as it prints them.
const parser = spawnSync(`${root}node_modules/.bin/node`, [`${root}scripts/bench-terminals.ts`], { encoding: 'utf8' });
const ratios = parser.stdout.split('\n').filter((line) => /^(parse \/|rows per second)/.test(line));
for (const line of ratios) {
	const [measure = line, value = ''] = line.split(/:\s(.+)/);
	rows.push([`PDF parse, 2,000 rows: ${measure}`, value, measure.startsWith('parse /') ? 'goal 1.3× pdf.js, ≤ 8× pdftotext' : '']);
}
if (ratios.length === 0) rows.push(['PDF parse, 2,000 rows', 'no figures', `scripts/bench-terminals.ts exited ${parser.status}`]);

// The finder's own bench (scripts/bench-finder.ts: its weights, drawing 100, 1,000 and 5,000 pins, filtering 5,000).
const finder = spawnSync(`${root}node_modules/.bin/node`, [`${root}scripts/bench-finder.ts`], { encoding: 'utf8' });
for (const line of finder.stdout.split('\n').filter((text) => text.trim() !== '')) {
	const [measure = line, value = ''] = line.split(/:\s(.+)/);
	rows.push([
		`finder: ${measure}`,
		value,
		/map on demand/.test(measure)
			? '≤ 50 KB'
			: /before the map/.test(value)
				? '≤ 30 KB before the map'
				: /drawing 5000/.test(measure)
					? '< 100 ms'
					: '',
	]);
}
if (finder.status !== 0) rows.push(['finder bench', 'failed', `scripts/bench-finder.ts exited ${finder.status}`]);

// The guide against the PDF a customer would otherwise download.
const guide = weights.find(({ path }) => path === '/ru/');
const pdf = statSync(`${root}test/fixtures/terminals/bench/terminals-2000.pdf`).size;
if (guide) {
	const guideTotal = guide.firstRender + guide.js;
	rows.push([
		'guide /ru/ (all it loads, gzip) vs a bank PDF',
		`${kb(guideTotal)} vs ${kb(pdf)}: ${(pdf / guideTotal).toFixed(0)}× smaller`,
		'stand-in: the 2,000-row fixture PDF (the bank’s own could not be downloaded here)',
	]);
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${osType()} ${release()}, Node ${process.version}`;
const table = [
	`# npm run bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
	'',
	`Machine: ${machine}. Weights are gzip -9, each file on its own. Lighthouse 13.5 mobile preset (simulated slow 4G, 4× CPU slowdown).`,
	'',
	'| measure | value | budget / reference |',
	'| --- | --- | --- |',
	...rows.map((row) => `| ${row.join(' | ')} |`),
	'',
].join('\n');
mkdirSync(`${root}bench`, { recursive: true });
writeFileSync(`${root}bench/latest.md`, table);
console.log(table);
