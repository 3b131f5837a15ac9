import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { allPaths } from '../support/pages.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser.close());

interface AxeResults {
	violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
	test.each(allPaths)('axe finds no violations on %s', async (path) => {
		// axe is injected as a script, which the page's CSP would rightly refuse.
		const context = await browser.newContext({ baseURL, colorScheme, bypassCSP: true });
		const page = await context.newPage();
		await page.goto(path);
		await page.addScriptTag({ path: axePath });
		const results = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run());
		const violations = results.violations.map(
			({ id, help, nodes }) => `${id}: ${help} (${nodes.map((n) => n.target.join(' ')).join(', ')})`,
		);
		expect(violations).toEqual([]);
		await context.close();
	});
});
