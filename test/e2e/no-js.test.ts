import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { sectionIds } from '../../src/lib/guide/sections.ts';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { numberKind } from '../../src/lib/number-check/number-rules.ts';
import { launchChromium } from '../support/browser.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchChromium();
	context = await browser.newContext({ baseURL: inject('baseURL'), javaScriptEnabled: false });
});
afterAll(() => browser.close());

describe.each(localeCodes)('guide /%s/ without JavaScript', (locale) => {
	test('shows every section, each heading a link to its own anchor', async () => {
		const page = await context.newPage();
		await page.goto(`/${locale}/`);
		for (const id of sectionIds) {
			const section = page.locator(`section#${id}`);
			expect(await section.isVisible(), id).toBe(true);
			expect(await section.locator('h2 a').getAttribute('href'), id).toBe(`#${id}`);
		}
		await page.close();
	});

	test('shows no controls that need JavaScript', async () => {
		const page = await context.newPage();
		await page.goto(`/${locale}/`);
		expect(await page.getByRole('button').count()).toBe(0);
		expect(await page.getByRole('textbox').count()).toBe(0);
		expect(await page.getByRole('radio').count()).toBe(0);
		await page.close();
	});

	test('still states the number rule in plain words at step 4, with the lengths from the rules file', async () => {
		const page = await context.newPage();
		await page.goto(`/${locale}/`);
		const digits = (kind: 'inn' | 'invoice') => expect.stringMatching(new RegExp(`\\b${numberKind(kind).length}\\b`));
		expect(await page.locator('#enter-number li').allTextContents()).toEqual([digits('inn'), digits('invoice')]);
		await page.close();
	});
});
