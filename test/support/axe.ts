import type { AxeResults, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
	interface Window {
		axe: typeof import('axe-core');
	}
}

/**
 * Runs axe-core on the page as it is now and lists each violation with the elements it found.
 * axe arrives through the DevTools protocol, which the page's CSP does not govern, so the page
 * is checked under its own CSP, unmodified.
 */
export async function axeViolations(page: Page, options: RunOptions = {}): Promise<string[]> {
	await page.evaluate(axeSource);
	const results: AxeResults = await page.evaluate((runOptions) => window.axe.run(document, runOptions), options);
	return results.violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
