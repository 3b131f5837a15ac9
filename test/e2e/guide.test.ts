import { describe, expect, inject, test } from 'vitest';
import { sectionIds } from '../../src/lib/guide/sections.ts';
import { localeCodes, locales } from '../../src/lib/i18n/locales.ts';
import { useTranslations } from '../../src/lib/i18n/translator.ts';
import { useBrowser } from '../support/browser.ts';
import { guideStep } from '../support/guide-files.ts';

const baseURL = inject('baseURL');
const browser = useBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });

describe.each(localeCodes)('guide /%s/', (locale) => {
	const t = useTranslations(locale);

	test('shows the nine sections in the fixed order', async () => {
		const page = await browser.open(`/${locale}/`);
		expect(
			await page
				.getByRole('main')
				.getByRole('region')
				.evaluateAll((sections) => sections.map((s) => s.id)),
		).toEqual([...sectionIds]);
	});

	test('numbers the seven steps and leaves the receipt and terminals unnumbered', async () => {
		const page = await browser.open(`/${locale}/`);
		const headings = await page.getByRole('main').getByRole('region').getByRole('heading', { level: 2 }).allTextContents();
		const expected = [1, 2, 3, 4, 5, 6, 7].map((number) => t('step.number', { number }));
		expect(headings.map((heading) => expected.find((prefix) => heading.startsWith(prefix)) ?? null)).toEqual([...expected, null, null]);
	});

	test('copy link puts the absolute URL of the step on the clipboard and says so', async () => {
		const page = await browser.open(`/${locale}/`);
		const step = page.getByRole('region', { name: guideStep(locale, 'enter-amount').title });
		await step.getByRole('button', { name: t('step.copyLink') }).click();
		await expect.poll(() => step.getByRole('status').textContent()).toBe(t('step.copied'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${locale}/#enter-amount`);
	});

	test('highlights the step a link points to', async () => {
		const page = await browser.open(`/${locale}/#choose-account`);
		const background = (id: string) => page.locator(`#${id}`).evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(await background('choose-account')).not.toBe(await background('pay'));
	});

	test('a keyboard reader can skip the header to the guide', async () => {
		const page = await browser.open(`/${locale}/`);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: t('skip.toContent') });
		expect(await skip.evaluate((link) => link === document.activeElement && link.checkVisibility())).toBe(true);
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).hash).toBe('#main');
		await page.keyboard.press('Tab');
		expect(await page.getByRole('main').evaluate((main) => main.contains(document.activeElement))).toBe(true);
	});
});

describe.each(locales)('language switch to $name', ({ code, name }) => {
	const from = localeCodes.find((other) => other !== code);

	test('goes to the same step in the other language', async () => {
		const page = await browser.open(`/${from}/#pay`);
		await page.getByRole('navigation').getByRole('link', { name }).click();
		await page.waitForURL(`**/${code}/#pay`);
		expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`/${code}/#pay`);
	});

	test('follows the reader to another step', async () => {
		const page = await browser.open(`/${from}/`);
		if (!from) throw new Error(`no language besides ${code} to switch from`);
		await page
			.getByRole('region', { name: guideStep(from, 'receipt').title, exact: true })
			.getByRole('heading')
			.getByRole('link')
			.click();
		const link = page.getByRole('navigation').getByRole('link', { name });
		await expect.poll(() => link.evaluate((a: HTMLAnchorElement) => a.pathname + a.hash)).toBe(`/${code}/#receipt`);
	});
});
