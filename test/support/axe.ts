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
 * Runs axe-core on the page as it is now and lists each violation with the elements it found:
 * on the whole document, or only within the elements the `within` selectors match.
 * axe arrives through the DevTools protocol, which the page's CSP does not govern, so the page
 * is checked under its own CSP, unmodified.
 */
export async function axeViolations(page: Page, within: readonly string[] = [], options: RunOptions = {}): Promise<string[]> {
	await page.evaluate(axeSource);
	const context = within.length === 0 ? undefined : { include: within.map((selector) => [selector]) };
	const results: AxeResults = await page.evaluate(([include, runOptions]) => window.axe.run(include ?? document, runOptions), [
		context,
		options,
	] as const);
	return results.violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
