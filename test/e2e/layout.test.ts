import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { allPaths, guidePaths } from '../support/pages.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser.close());

/** Chromium's own text-size setting is not scriptable, so 200 % text is the root font size doubled. */
const textSizes = [
	{ name: '100 % text', rootFontSize: '100%' },
	{ name: '200 % text', rootFontSize: '200%' },
];

describe.each(allPaths)('%s at 320 px wide', (path) => {
	test.each(textSizes)('has no horizontal scroll with $name', async ({ rootFontSize }) => {
		// bypassCSP lets the test inject its one style; the page's own CSP stays in force elsewhere.
		const context = await browser.newContext({ baseURL, viewport: { width: 320, height: 640 }, bypassCSP: true });
		const page = await context.newPage();
		await page.goto(path);
		await page.addStyleTag({ content: `html { font-size: ${rootFontSize} !important; }` });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});
});

describe.each(guidePaths)('%s in print', (path) => {
	test('prints every step and none of the controls', async () => {
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('section.step').evaluateAll((sections) => sections.every((s) => s.checkVisibility()))).toBe(true);
		expect(await page.locator('copy-link, .site-header nav').evaluateAll((controls) => controls.some((c) => c.checkVisibility()))).toBe(
			false,
		);
		await context.close();
	});
});

describe.each(guidePaths)('%s in dark mode', (path) => {
	test('switches to dark colours', async () => {
		const context = await browser.newContext({ baseURL, colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(path);
		const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(background).not.toBe('rgb(255, 255, 255)');
		await context.close();
	});
});
