import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { distinctPaths, guidePaths } from '../../scripts/lib/built-pages.ts';

const browser = useBrowser();

/** Chromium's own text-size setting is not scriptable, so 200 % text is the root font size doubled. */
const textSizes = [
	{ name: '100 % text', rootFontSize: '100%' },
	{ name: '200 % text', rootFontSize: '200%' },
];

describe.each(distinctPaths())('%s at 320 px wide', (path) => {
	test.each(textSizes)('has no horizontal scroll with $name', async ({ rootFontSize }) => {
		// bypassCSP lets the test inject its one style; the page's own CSP stays in force elsewhere.
		const page = await browser.open(path, { viewport: { width: 320, height: 640 }, bypassCSP: true });
		await page.addStyleTag({ content: `html { font-size: ${rootFontSize} !important; }` });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

describe.each(guidePaths)('%s in print', (path) => {
	test('prints every step and none of the controls', async () => {
		const page = await browser.open(path);
		await page.emulateMedia({ media: 'print' });
		const steps = page.getByRole('region');
		expect(await steps.count()).toBeGreaterThan(0);
		expect(await steps.evaluateAll((sections) => sections.every((s) => s.checkVisibility()))).toBe(true);
		expect(await page.getByRole('button').count()).toBe(0);
		expect(await page.getByRole('banner').getByRole('navigation').count()).toBe(0);
	});
});

describe.each(guidePaths)('%s in dark mode', (path) => {
	test('switches to dark colours', async () => {
		const page = await browser.open(path, { colorScheme: 'dark' });
		const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(background).not.toBe('rgb(255, 255, 255)');
	});
});
