import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './chromium.ts';

/** Lighthouse's report, as far as the gates and the bench read it. */
export interface LighthouseReport {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { score: number | null; numericValue?: number; title: string; displayValue?: string }>;
}

/** Debian's Chromium for Lighthouse, on a closed network like the browser tests' own. */
export function launchChromeForLighthouse(): Promise<LaunchedChrome> {
	return launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless=new', ...chromiumFlags],
	});
}

/**
 * Runs Lighthouse with its default config: the mobile preset (a Moto G Power's screen, 4× CPU
 * slowdown and slow 4G, simulated), on the given categories only.
 */
export async function runLighthouse(chrome: LaunchedChrome, url: string, categories: string[]): Promise<LighthouseReport> {
	const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
	if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse could not test ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	return lhr as unknown as LighthouseReport;
}

/** Each scored audit of a category that did not pass, with its score: what to fix, and by how much. */
export function failingAudits(report: LighthouseReport, category: string, ignore: readonly string[] = []): string[] {
	return (report.categories[category]?.auditRefs ?? [])
		.filter(({ id, weight }) => weight > 0 && !ignore.includes(id))
		.flatMap(({ id }) => {
			const audit = report.audits[id];
			return audit && audit.score !== null && audit.score < 1
				? [`${id} (${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`]
				: [];
		});
}
