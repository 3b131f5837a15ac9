import { describe, expect, test } from 'vitest';
import { sectionIds } from '../../src/lib/guide/sections.ts';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { numberKind } from '../../src/lib/number-check/number-rules.ts';
import { useBrowser } from '../support/browser.ts';
import { guideStep } from '../support/guide-files.ts';

const browser = useBrowser({ javaScriptEnabled: false });

describe.each(localeCodes)('guide /%s/ without JavaScript', (locale) => {
	test('shows every section, each heading a link to its own anchor', async () => {
		const page = await browser.open(`/${locale}/`);
		const sections = page.getByRole('main').getByRole('region');
		expect(await sections.evaluateAll((all) => all.map((section) => section.id))).toEqual([...sectionIds]);
		for (const id of sectionIds) {
			const section = sections.and(page.locator(`#${id}`));
			expect(await section.isVisible(), id).toBe(true);
			expect(await section.getByRole('heading').getByRole('link').getAttribute('href'), id).toBe(`#${id}`);
		}
	});

	test('shows no controls that need JavaScript', async () => {
		const page = await browser.open(`/${locale}/`);
		expect(await page.getByRole('button').count()).toBe(0);
		expect(await page.getByRole('textbox').count()).toBe(0);
		expect(await page.getByRole('radio').count()).toBe(0);
	});

	test('still states the number rule in plain words at step 4, with the lengths from the rules file', async () => {
		const page = await browser.open(`/${locale}/`);
		const digits = (kind: 'inn' | 'invoice') => expect.stringMatching(new RegExp(`\\b${numberKind(kind).length}\\b`));
		const step = page.getByRole('region', { name: guideStep(locale, 'enter-number').title });
		expect(await step.getByRole('listitem').allTextContents()).toEqual([digits('inn'), digits('invoice')]);
	});
});
