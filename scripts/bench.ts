/**
 * `npm run bench`: what the site weighs and how fast it is, measured on this machine, printed and
 * written to bench/latest.md. Parts: `pages` (every page's weight, the 2,000-row list, Lighthouse),
 * `terminals` (the PDF parser against pdf.js and pdftotext), `finder` (the map drawing and the
 * list filtering thousands of terminals); `npm run bench -- terminals finder` runs only those.
 * Figures only: nothing passes or fails.
 */
import { buildSite, offlineTerminalsUrl } from './bench/build-site.ts';
import { benchParts, benchSection, writeBenchReport, type BenchPart, type BenchRow } from './lib/bench-report.ts';
import { dist } from './lib/built-pages.ts';
import { serveStatic } from './lib/static-server.ts';

const asked = process.argv.slice(2);
const unknown = asked.filter((part) => !(benchParts as readonly string[]).includes(part));
if (unknown.length > 0) {
	console.error(
		`npm run bench: expected any of ${benchParts.join(', ')} (or nothing, for all of them), found ${unknown.join(', ')}. Run e.g. npm run bench -- terminals.`,
	);
	process.exit(2);
}
const parts = benchParts.filter((part) => asked.length === 0 || asked.includes(part));

const site = await serveStatic(dist);
try {
	// Both measure the built site: built once, with the bank's list unreachable, as in the tests.
	if (parts.includes('pages') || parts.includes('finder')) buildSite({ SITE_URL: site.url, TERMINALS_URL: offlineTerminalsUrl });
	const run: Record<BenchPart, () => Promise<{ note: string; rows: BenchRow[] }>> = {
		pages: async () => (await import('./bench/pages.ts')).benchPages(site.url),
		terminals: async () => (await import('./bench/terminals.ts')).benchTerminals(),
		finder: async () => (await import('./bench/finder.ts')).benchFinder(site.url),
	};
	const sections = new Map<BenchPart, string>();
	for (const part of parts) {
		const { note, rows } = await run[part]();
		sections.set(part, benchSection(part, note, rows));
	}
	console.log(writeBenchReport(new URL('../bench/latest.md', import.meta.url), sections));
} finally {
	await site.close();
}
