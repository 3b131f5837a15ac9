import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { sectionIds } from '../../src/lib/guide/sections.ts';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import { launchChromium } from '../support/browser.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser.close());

describe.each(localeCodes)('/staff/, %s part', (locale) => {
	const strings = uiStrings[locale];

	test('every step: the copy buttons put its anchor link and its preview link on the clipboard', async () => {
		const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto('/staff/');
		const part = page.getByRole('region', { name: strings['staff.guide'] });
		const steps = part.getByRole('listitem');
		expect(await steps.count()).toBe(sectionIds.length);
		for (const [index, id] of sectionIds.entries()) {
			const step = steps.nth(index);
			for (const [label, expected] of [
				['staff.copyAnchor', `${baseURL}/${locale}/#${id}`],
				['staff.copyPreview', `${baseURL}/${locale}/s/${id}/`],
			] as const) {
				await step.getByRole('button', { name: strings[label] }).click();
				await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: `${id} ${label}` }).toBe(expected);
				await page.evaluate(() => navigator.clipboard.writeText(''));
			}
		}
		await expect.poll(() => steps.first().getByRole('status').first().textContent()).toBe(strings['step.copied']);
		await context.close();
	});

	test('without JavaScript every link is there to read and select, and no button that does nothing', async () => {
		const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/staff/');
		const part = page.getByRole('region', { name: strings['staff.guide'] });
		for (const id of sectionIds) {
			for (const path of [`/${locale}/#${id}`, `/${locale}/s/${id}/`]) {
				const link = part.locator(`a[href="${path}"]`);
				expect(await link.isVisible(), path).toBe(true);
				expect(await link.textContent()).toMatch(new RegExp(`^https?://[^/]+${path.replace(/[/#]/g, '\\$&')}$`));
			}
		}
		expect(await part.getByRole('button').count()).toBe(0);
		await context.close();
	});

	test('shows the QR code of the guide with its address', async () => {
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		await page.goto('/staff/');
		const part = page.getByRole('region', { name: strings['staff.guide'] });
		const qr = part.getByRole('img', { name: strings['handout.qrAlt'] });
		expect(await qr.isVisible()).toBe(true);
		expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
		expect(await part.getByRole('link', { name: new RegExp(`/${locale}/$`) }).count()).toBe(1);
		await context.close();
	});
});
