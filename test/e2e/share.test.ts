import { describe, expect, inject, test } from 'vitest';
import { sectionIds } from '../../src/lib/guide/sections.ts';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import { stepPreviewTitle } from '../../src/lib/share/step-preview.ts';
import { useBrowser } from '../support/browser.ts';
import { guideStep } from '../support/guide-files.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

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

	test('with the Web Share API, each step has Share, which sends its preview link and title', async () => {
		const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		await context.addInitScript(withShare);
		const page = await context.newPage();
		await page.goto(`/${locale}/`);
		expect(await page.getByRole('button', { name: strings['share.share'] }).count()).toBe(sectionIds.length);
		const step = guideStep(locale, 'enter-number');
		const region = page.getByRole('region', { name: step.title });
		await region.getByRole('button', { name: strings['share.share'] }).click();
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
		await region.getByRole('button', { name: strings['step.copyLink'] }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${locale}/#enter-number`);
	});

	test('without it, nothing extra shows: only Copy link', async () => {
		const context = await browser.newContext();
		await context.addInitScript(withoutShare);
		const page = await context.newPage();
		await page.goto(`/${locale}/`);
		await expect.poll(() => page.getByRole('button', { name: strings['step.copyLink'] }).count()).toBe(sectionIds.length);
		expect(await page.getByRole('button', { name: strings['share.share'] }).count()).toBe(0);
	});
});
