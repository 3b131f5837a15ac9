import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { sectionIds } from '../../src/lib/guide/sections.ts';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import { launchChromium } from '../support/browser.ts';

const baseURL = inject('baseURL');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchChromium();
	context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(() => browser.close());

async function open(path: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(path);
	return page;
}

describe.each(localeCodes)('guide /%s/', (locale) => {
	const strings = uiStrings[locale];

	test('shows the nine sections in the fixed order', async () => {
		const page = await open(`/${locale}/`);
		expect(await page.locator('main section.step').evaluateAll((sections) => sections.map((s) => s.id))).toEqual([...sectionIds]);
		await page.close();
	});

	test('numbers the seven steps and leaves the receipt and terminals unnumbered', async () => {
		const page = await open(`/${locale}/`);
		const numbers = await page
			.locator('section.step h2')
			.evaluateAll((headings) => headings.map((heading) => heading.querySelector('.step-number')?.textContent ?? null));
		const expected = [1, 2, 3, 4, 5, 6, 7].map((n) => strings['step.number'].replace('{{number}}', String(n)));
		expect(numbers).toEqual([...expected, null, null]);
		await page.close();
	});

	test('copy link puts the absolute URL of the step on the clipboard and says so', async () => {
		const page = await open(`/${locale}/`);
		const step = page.locator('#enter-amount');
		await step.getByRole('button', { name: strings['step.copyLink'] }).click();
		await expect.poll(() => step.getByRole('status').textContent()).toBe(strings['step.copied']);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${locale}/#enter-amount`);
		await page.close();
	});

	test('highlights the step a link points to', async () => {
		const page = await open(`/${locale}/#choose-account`);
		const background = (id: string) => page.locator(`#${id}`).evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(await background('choose-account')).not.toBe(await background('pay'));
		await page.close();
	});
});

describe('language switch', () => {
	test('goes to the same step in the other language', async () => {
		const page = await open('/ky/#pay');
		await page.getByRole('navigation').getByRole('link', { name: 'Русский' }).click();
		await page.waitForURL('**/ru/#pay');
		expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/ru/#pay');
		await page.close();
	});

	test('follows the reader to another step', async () => {
		const page = await open('/ru/');
		await page.locator('#receipt h2 a').click();
		const link = page.getByRole('navigation').getByRole('link', { name: 'Кыргызча' });
		await expect.poll(() => link.evaluate((a: HTMLAnchorElement) => a.pathname + a.hash)).toBe('/ky/#receipt');
		await page.close();
	});
});
