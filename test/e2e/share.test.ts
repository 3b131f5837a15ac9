import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { sectionIds } from '../../src/lib/guide/sections.ts';
import { stepSummaries } from '../../src/lib/guide/step-summaries.ts';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import { stepPreviewTitle } from '../../src/lib/share/step-preview.ts';
import { launchChromium } from '../support/browser.ts';
import { guideSources } from '../support/guide-files.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser.close());

/** A phone's share sheet, stubbed: it records what it was asked to share. */
const withShare = () => {
	const shared: ShareData[] = [];
	Object.assign(window, { shared });
	Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
};
/** A desktop browser without the Web Share API. */
const withoutShare = () => {
	delete (Navigator.prototype as Partial<Navigator>).share;
};

describe.each(localeCodes)('guide /%s/', (locale) => {
	const strings = uiStrings[locale];
	const steps = stepSummaries(guideSources.find((each) => each.locale === locale)?.source ?? '', locale);

	test('with the Web Share API, each step has Share, which sends its preview link and title', async () => {
		const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
		await context.addInitScript(withShare);
		const page = await context.newPage();
		await page.goto(`/${locale}/`);
		expect(await page.getByRole('button', { name: strings['share.share'] }).count()).toBe(sectionIds.length);
		const step = steps.find(({ id }) => id === 'enter-number');
		if (!step) throw new Error('enter-number missing from the guide');
		await page.locator('#enter-number').getByRole('button', { name: strings['share.share'] }).click();
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
			.toEqual([
				{
					title: stepPreviewTitle(step, (number, total) =>
						strings['share.stepOf'].replace('{{number}}', String(number)).replace('{{total}}', String(total)),
					),
					url: `${baseURL}/${locale}/s/enter-number/`,
				},
			]);
		await page.locator('#enter-number').getByRole('button', { name: strings['step.copyLink'] }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${locale}/#enter-number`);
		await context.close();
	});

	test('without it, nothing extra shows: only Copy link', async () => {
		const context = await browser.newContext({ baseURL });
		await context.addInitScript(withoutShare);
		const page = await context.newPage();
		await page.goto(`/${locale}/`);
		await expect.poll(() => page.getByRole('button', { name: strings['step.copyLink'] }).count()).toBe(sectionIds.length);
		expect(await page.getByRole('button', { name: strings['share.share'] }).count()).toBe(0);
		await context.close();
	});
});
