import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales.ts';
import { useTranslations } from '../../src/lib/i18n/translator.ts';
import { checkNumber, verdicts } from '../../src/lib/number-check/check-number.ts';
import { describeCheck, type CheckDescription } from '../../src/lib/number-check/messages.ts';
import { numberRules as rules } from '../../src/lib/number-check/number-rules.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/browser.ts';
import { typed } from '../support/typed.ts';

const browser = useBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });

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

/** The words a reader sees for a clean paste, written out by hand (`~`, a no-break space): no «correct», two separate notes. */
const okWords = {
	ky: [
		'Номер талапка ылайык. Аны документ менен салыштырып, анан көчүрүп, тиркемеге чаптаңыз.',
		'Алынып салынды: номердин алдындагы жазуу, боштуктар, дефистер жана~сызыкчалар.',
		'Башкача жазылган сандар кадимки сандарга алмаштырылды.',
	],
	ru: [
		'Номер подходит по~форме. Сверьте его с~документом, затем скопируйте и~вставьте в~приложение.',
		'Мы убрали: надпись перед номером, пробелы, дефисы и~тире.',
		'Нестандартные цифры заменены обычными.',
	],
} satisfies Record<Locale, string[]>;

/** The paragraphs of the live region, in order: the verdict (an error led by its word), then the notes. */
const paragraphsOf = (description: CheckDescription): string[] =>
	[
		description.problemMark ? `${description.problemMark}: ${description.verdict}` : description.verdict,
		description.kindFromLabel,
		...description.lookAlikes,
		description.removed,
		description.converted,
	].filter((sentence) => sentence !== undefined);

/** What customers paste from the office's invoice, label and all. */
const invoicePastes = [
	'Счёт № 0104 2026 0000 1234',
	'Счет на оплату № 0104 2026 0000 1234',
	'Эсеп № 0104 2026 0000 1234',
	'Төлөө эсеби № 0104 2026 0000 1234',
];

/** The verdict follows a pause in typing (900 ms); a busy machine may take a few seconds more. */
const settle = { timeout: 10_000 };

/** The checker as a reader finds it: the form by its heading, the field by its label, the verdict the live region under it. */
function checker(page: Page, locale: Locale) {
	const t = useTranslations(locale);
	const form = page.getByRole('form', { name: t('checker.title') });
	const field = form.getByRole('textbox', { name: t('checker.label') });
	return {
		form,
		field,
		verdict: form.getByRole('status').first(),
		async check(input: string): Promise<void> {
			await field.fill(input);
			await form.getByRole('button', { name: t('checker.submit') }).click();
		},
	};
}

test('the inputs below reach every verdict', () => {
	expect(inputs.map(({ verdict }) => verdict).sort()).toEqual([...verdicts].sort());
});

describe.each(localeCodes)('number checker on /%s/', (locale) => {
	const t = useTranslations(locale);

	// The sentences themselves are pinned word for word in test/lib/number-check/messages.test.ts.
	test.each(inputs)('says $verdict in the reader’s language', async ({ input, verdict }) => {
		const page = await browser.open(`/${locale}/#enter-number`);
		const { field, verdict: region, check } = checker(page, locale);
		await check(input);
		await expect.poll(() => region.getAttribute('data-verdict'), settle).toBe(verdict);
		const description = describeCheck(checkNumber(input, 'inn', rules), t);
		expect(await region.getByRole('paragraph').allTextContents()).toEqual(paragraphsOf(description));
		expect(await field.getAttribute('aria-invalid')).toBe(String(verdict !== 'ok'));
	});

	test('claims only the form of a number, and says apart what it removed and what it converted', async () => {
		const page = await browser.open(`/${locale}/`);
		const { verdict, check } = checker(page, locale);
		await check('ИНН: 1234 5678–9012 ３４５６');
		await expect.poll(() => verdict.getAttribute('data-verdict'), settle).toBe('ok');
		expect(await verdict.getByRole('paragraph').allTextContents()).toEqual(okWords[locale].map(typed));
	});

	test('cleans a messy paste, counts the digits, shows the number in fours and copies the digits', async () => {
		const page = await browser.open(`/${locale}/`);
		const { field, verdict } = checker(page, locale);
		await page.evaluate(() => navigator.clipboard.writeText('№ 1234-5678 9012.3456'));
		await field.focus();
		await page.keyboard.press('ControlOrMeta+V');
		expect(await field.inputValue()).toBe('№ 1234-5678 9012.3456');
		await page.getByText(t('checker.count', { count: 16, expected: 16 }), { exact: true }).waitFor();
		await expect.poll(() => verdict.getAttribute('data-verdict'), settle).toBe('ok');
		await page.getByText(`${t('checker.clean')}: 1234 5678 9012 3456`).waitFor();
		await page.getByRole('button', { name: t('checker.copy') }).click();
		await page
			.getByRole('status')
			.filter({ hasText: t('checker.copied') })
			.waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('1234567890123456');
	});

	test('checks an invoice number when the reader says that is what it is', async () => {
		const page = await browser.open(`/${locale}/`);
		const { verdict, check } = checker(page, locale);
		await page.getByRole('radio', { name: t('checker.kind.invoice') }).check();
		await check('2 0101 1985 00017');
		await expect.poll(() => verdict.getAttribute('data-verdict'), settle).toBe('too-short');
	});

	test('fits 320 px with 200 % text, the clean number and the copy button showing', async () => {
		const page = await browser.open(`/${locale}/`, { viewport: { width: 320, height: 640 }, bypassCSP: true });
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		const { form, verdict, check } = checker(page, locale);
		await check('1234567890123456');
		await expect.poll(() => verdict.getAttribute('data-verdict'), settle).toBe('ok');
		await form.getByRole('button', { name: t('checker.copy') }).waitFor();
		// The form and every element in it, whatever it is: none may be cut off.
		const clipped = await form.evaluate((element) =>
			[element, ...element.querySelectorAll(':not(input)')]
				.filter((each) => each.checkVisibility() && each.scrollWidth > each.clientWidth + 1)
				.map((each) => each.outerHTML.slice(0, 60)),
		);
		expect(clipped).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
	});

	test.each(invoicePastes)('takes «%s» as pasted: the invoice chosen, said so, and the clean number ready', async (paste) => {
		const page = await browser.open(`/${locale}/`);
		const { form, verdict, check } = checker(page, locale);
		await check(paste);
		await expect.poll(() => verdict.getAttribute('data-verdict'), settle).toBe('ok');
		expect(await form.getByRole('radio', { name: t('checker.kind.invoice') }).isChecked()).toBe(true);
		const label = paste.replace(/\s*\d.*$/su, '');
		const expected = t('checker.kindFromLabel', { label, kind: t('checker.kind.invoice') });
		expect(await verdict.getByRole('paragraph').allTextContents()).toContain(expected);
		await page.getByText(`${t('checker.clean')}: 0104 2026 0000 1234`).waitFor();
	});

	test('an error is told by a word and a bar, not by colour alone; success by neither', async () => {
		const page = await browser.open(`/${locale}/`);
		const { verdict, check } = checker(page, locale);
		await check('1234 5678 9012 3456 7');
		await expect.poll(() => verdict.getAttribute('data-verdict'), settle).toBe('too-long');
		const first = verdict.getByRole('paragraph').first();
		expect(await first.locator('strong').textContent()).toBe(`${t('checker.problem')}: `);
		expect(await first.evaluate((element) => getComputedStyle(element).borderLeftStyle)).toBe('solid');
		await check('1234 5678 9012 3456');
		await expect.poll(() => verdict.getAttribute('data-verdict'), settle).toBe('ok');
		expect(await verdict.locator('strong').count()).toBe(0);
	});

	test.each([320, 360])('keeps both radio buttons their full size at %i px', async (width) => {
		const page = await browser.open(`/${locale}/`, { viewport: { width, height: 640 } });
		const radios = await page.getByRole('radio').all();
		expect(radios).toHaveLength(rules.kinds.length);
		const sizes = await Promise.all(radios.map(async (radio) => (await radio.boundingBox()) ?? { width: 0, height: 0 }));
		for (const { width: w, height: h } of sizes) {
			// 1.4rem as styled: neither side squeezed by its label.
			expect(w).toBeCloseTo(22.4, 0);
			expect(h).toBeCloseTo(22.4, 0);
		}
	});

	test.each(['light', 'dark'] as const)(
		'axe finds nothing with a warning on screen, in %s mode (the error colour’s contrast too)',
		async (colorScheme) => {
			const page = await browser.open(`/${locale}/`, { colorScheme });
			const { verdict, check } = checker(page, locale);
			await check('12З4567890123456');
			await expect.poll(() => verdict.getAttribute('data-verdict'), settle).toBe('invalid-chars');
			expect(await axeViolations(page)).toEqual([]);
		},
	);
});
