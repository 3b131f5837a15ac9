import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { useTranslations } from '../../src/lib/i18n/translator.ts';
import { checkNumber, verdicts } from '../../src/lib/number-check/check-number.ts';
import { describeCheck, type Translate } from '../../src/lib/number-check/messages.ts';
import { numberRules as rules } from '../../src/lib/number-check/number-rules.ts';
import { launchChromium } from '../support/browser.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchChromium();
	context = await browser.newContext({ baseURL: inject('baseURL'), permissions: ['clipboard-read', 'clipboard-write'], bypassCSP: true });
});
afterAll(() => browser.close());

/** One input per verdict, as a reader would type or paste it. */
const inputs = [
	{ verdict: 'ok', input: 'ИНН: 1234 5678–9012 ３４５６' },
	{ verdict: 'empty', input: '' },
	{ verdict: 'invalid-chars', input: '12З4567890123456' },
	{ verdict: 'too-short', input: '1234 5678 9012' },
	{ verdict: 'too-long', input: '1234 5678 9012 3456 78' },
	{ verdict: 'short-inn', input: '2 0101 1985 00017' },
	{ verdict: 'bad-date', input: '13102199012345' },
];

/** The words a reader sees for a clean paste, written out by hand: no «correct», two separate notes. */
const okWords = {
	ky: [
		'Номер талапка ылайык. Аны документ менен салыштырып, анан көчүрүп, тиркемеге чаптаңыз.',
		'Алынып салынды: номердин алдындагы жазуу, боштуктар, дефистер жана сызыкчалар.',
		'Башкача жазылган сандар кадимки сандарга алмаштырылды.',
	],
	ru: [
		'Номер подходит по форме. Сверьте его с документом, затем скопируйте и вставьте в приложение.',
		'Мы убрали: надпись перед номером, пробелы, дефисы и тире.',
		'Нестандартные цифры заменены обычными.',
	],
};

async function checkIn(page: Page, input: string): Promise<void> {
	await page.locator('#checker-number').fill(input);
	await page.getByRole('button', { name: useTranslations(await pageLocale(page))('checker.submit') }).click();
}

const pageLocale = async (page: Page) => (await page.locator('html').getAttribute('lang')) as 'ky' | 'ru';

test('the inputs below reach every verdict', () => {
	expect(inputs.map(({ verdict }) => verdict).sort()).toEqual([...verdicts].sort());
});

describe.each(localeCodes)('number checker on /%s/', (locale) => {
	const t = useTranslations(locale) as unknown as Translate;

	test.each(inputs)('says $verdict in the reader’s language', async ({ input, verdict }) => {
		const page = await context.newPage();
		await page.goto(`/${locale}/#enter-number`);
		await checkIn(page, input);
		const region = page.locator('#checker-verdict');
		expect(await region.getAttribute('role')).toBe('status');
		await expect.poll(() => region.getAttribute('data-verdict')).toBe(verdict);
		const description = describeCheck(checkNumber(input, 'inn', rules), t);
		expect(await region.locator('p').allTextContents()).toEqual(
			[description.verdict, ...description.lookAlikes, description.removed, description.converted].filter(Boolean),
		);
		expect(await page.locator('#checker-number').getAttribute('aria-invalid')).toBe(String(verdict !== 'ok'));
		await page.close();
	});

	test('claims only the form of a number, and says apart what it removed and what it converted', async () => {
		const page = await context.newPage();
		await page.goto(`/${locale}/`);
		await checkIn(page, 'ИНН: 1234 5678–9012 ３４５６');
		await expect.poll(() => page.locator('#checker-verdict').getAttribute('data-verdict')).toBe('ok');
		expect(await page.locator('#checker-verdict p').allTextContents()).toEqual(okWords[locale]);
		await page.close();
	});

	test('cleans a messy paste, counts the digits, shows the number in fours and copies the digits', async () => {
		const page = await context.newPage();
		await page.goto(`/${locale}/`);
		await page.evaluate(() => navigator.clipboard.writeText('№ 1234-5678 9012.3456'));
		await page.locator('#checker-number').focus();
		await page.keyboard.press('ControlOrMeta+V');
		expect(await page.locator('#checker-number').inputValue()).toBe('№ 1234-5678 9012.3456');
		expect(await page.locator('#checker-count').textContent()).toBe(t('checker.count', { count: 16, expected: 16 }));
		await expect.poll(() => page.locator('#checker-verdict').getAttribute('data-verdict')).toBe('ok');
		expect(await page.locator('#checker-clean').textContent()).toBe('1234 5678 9012 3456');
		await page.getByRole('button', { name: t('checker.copy') }).click();
		await expect.poll(() => page.locator('.checker-result [role="status"]').textContent()).toBe(t('checker.copied'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('1234567890123456');
		await page.close();
	});

	test('checks an invoice number when the reader says that is what it is', async () => {
		const page = await context.newPage();
		await page.goto(`/${locale}/`);
		await page.getByRole('radio', { name: t('checker.kind.invoice') }).check();
		await checkIn(page, '2 0101 1985 00017');
		await expect.poll(() => page.locator('#checker-verdict').getAttribute('data-verdict')).toBe('too-short');
		await page.close();
	});

	test('fits 320 px with 200 % text, the clean number and the copy button showing', async () => {
		const narrow = await browser.newContext({ baseURL: inject('baseURL'), viewport: { width: 320, height: 640 }, bypassCSP: true });
		const page = await narrow.newPage();
		await page.goto(`/${locale}/`);
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		await checkIn(page, '1234567890123456');
		await expect.poll(() => page.locator('#checker-verdict').getAttribute('data-verdict')).toBe('ok');
		const clipped = await page
			.locator('number-checker :not(input)')
			.evaluateAll((elements) =>
				elements
					.filter((element) => element.checkVisibility() && element.scrollWidth > element.clientWidth + 1)
					.map((element) => element.outerHTML.slice(0, 60)),
			);
		expect(clipped).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await narrow.close();
	});

	test('axe finds nothing with a warning on screen', async () => {
		const page = await context.newPage();
		await page.goto(`/${locale}/`);
		await checkIn(page, '12З4567890123456');
		await page.addScriptTag({ path: axePath });
		const { violations } = await page.evaluate(() =>
			(window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe.run(),
		);
		expect(violations.map(({ id }) => id)).toEqual([]);
		await page.close();
	});
});
