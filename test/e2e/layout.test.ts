import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import { useBrowser } from '../support/browser.ts';
import { distinctPaths, guidePaths, terminalPaths } from '../../scripts/lib/built-pages.ts';

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

/** A fingertip: WCAG 2.5.5's target size, and the size every control and link on these pages promises. */
const fingertip = 44;

/**
 * Every control and link a finger can tap now that is smaller than a fingertip, with its size. A
 * radio or checkbox is tapped through its label, so the label is what is measured.
 */
const smallTargets = (page: Page): Promise<string[]> =>
	page.evaluate((least) => {
		const targets = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')].filter((element) =>
			element.checkVisibility({ visibilityProperty: true }),
		);
		return targets.flatMap((element) => {
			const tapped = element.matches('input[type=checkbox], input[type=radio]') ? (element.closest('label') ?? element) : element;
			const { width, height } = tapped.getBoundingClientRect();
			// Rounded as the screen's pixels are: a box placed at a fraction of a pixel measures 43.99.
			return Math.round(width) >= least && Math.round(height) >= least
				? []
				: [
						`${element.localName} «${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}» ${width.toFixed(1)}×${height.toFixed(1)}`,
					];
		});
	}, fingertip);

describe('targets a finger taps, at 360 px', () => {
	test.each(guidePaths)('%s: every control and link is at least 44 × 44 px', async (path) => {
		const page = await browser.open(path, { viewport: { width: 360, height: 740 } });
		expect(await smallTargets(page)).toEqual([]);
	});

	test.each(terminalPaths)('%s: every control and link, the map’s zoom and popup included, is at least 44 × 44 px', async (path) => {
		const locale = localeCodes.find((code) => path.startsWith(`/${code}/`)) ?? 'ru';
		const page = await browser.open(path, { viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
		await page.getByRole('button', { name: uiStrings[locale]['finder.map.open'] }).click();
		await page.locator('.leaflet-control-zoom-in').waitFor();
		// A popup open too, with its close button and route links.
		const pin = page.getByRole('group', { name: uiStrings[locale]['finder.map.keys'] }).getByRole('button').first();
		await pin.focus();
		await page.keyboard.press('Enter');
		await page.locator('.leaflet-popup').waitFor();
		expect(await page.locator('.leaflet-control-zoom a').count()).toBe(2);
		expect(await smallTargets(page)).toEqual([]);
	});
});

describe.each(guidePaths)('%s printed on A4', (path) => {
	test('fits two pages, none of them the footer alone, and prints no address twice', async () => {
		const page = await browser.open(path);
		await page.emulateMedia({ media: 'print' });
		const loading = getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })) });
		const pdf = await loading.promise;
		expect(pdf.numPages).toBeLessThanOrEqual(2);
		const footer = (await page.locator('footer').textContent())?.trim() ?? '';
		const texts: string[] = [];
		for (let number = 1; number <= pdf.numPages; number += 1) {
			const { items } = await (await pdf.getPage(number)).getTextContent();
			texts.push(items.map((item) => ('str' in item ? item.str : '')).join(''));
		}
		for (const text of texts) expect(text.replace(/\s/g, '').replace(footer.replace(/\s/g, ''), '').length).toBeGreaterThan(0);
		// «www.optimabank.kg» reads as its address already; printed, it is not followed by it again.
		const all = texts.join(' ');
		expect(all).toContain('www.optimabank.kg');
		expect(all).not.toContain('(https://www.optimabank.kg)');
		await loading.destroy();
	});
});
