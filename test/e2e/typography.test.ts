import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { isLocale } from '../../src/lib/i18n/locales.ts';
import { useBrowser } from '../support/browser.ts';
import { distinctPaths } from '../../scripts/lib/built-pages.ts';
import { shortWordsAtLineEnd } from '../support/short-words.ts';
import { typed } from '../support/typed.ts';

const browser = useBrowser({ javaScriptEnabled: false });

/** The text of an element as the built page has it, whitespace runs of the markup made one space. */
const textOf = (page: Page, selector: string) =>
	page.locator(selector).evaluate((element) => element.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '');

/**
 * The guide's sentences a reader could misread, and their new text as the built page shows it,
 * written out by hand (`~` is a no-break space, `\u2011` a no-break hyphen).
 */
const sentences = [
	{ path: '/ru/', selector: '#find-dos-tek p:last-of-type', text: 'Нажмите на~строку Dos Tek Group.' },
	{
		path: '/ru/',
		selector: '#enter-number li:nth-of-type(2)',
		text: 'если~вы ещё не~зарегистрированы и~оплачиваете электронную подпись и~носитель Рутокен ЭЦП по~счёту на~оплату, выданному в~офисе,~— 16\u2011значный номер этого счёта на~оплату.',
	},
	{
		path: '/ru/',
		selector: '#enter-number > p:nth-of-type(2)',
		text: 'Номер своего банковского счёта сюда не~вводите: счёт, с~которого спишутся деньги, вы выберете на~следующем шаге.',
	},
	{ path: '/ru/', selector: '#choose-account h2 .step-number', text: 'Шаг~5' },
	{ path: '/ru/', selector: '#choose-account h2 a', text: 'Шаг~5Выберите счёт для~списания' },
	{ path: '/ru/', selector: '#choose-account p', text: 'Выберите свой банковский счёт, с~которого будут списаны деньги.' },
	{ path: '/ru/', selector: 'label.checker-kind:nth-of-type(2)', text: 'Номер счёта на~оплату, выданного в~офисе' },
	{ path: '/ru/', selector: '#checker-rule', text: 'Нужно 16~цифр. Пробелы, дефисы и~надписи вроде «ИНН:» или~«Счёт №» можно не~убирать.' },
	{
		path: '/ky/',
		selector: '#find-dos-tek p:first-of-type',
		text: 'Тиркемеде ийгиликтүү катталгандан кийин, ылдый жактагы менюдан Платежи (Төлөмдөр) бөлүмүнө өтүңүз.',
	},
	{ path: '/ky/', selector: '#find-dos-tek p:last-of-type', text: 'Dos Tek Group’ту басыңыз.' },
	{ path: '/ky/', selector: '#enter-number > p:first-of-type', text: 'Ачылган формага төмөнкүлөрдүн бирин териңиз:' },
	{
		path: '/ky/',
		selector: '#enter-number li:nth-of-type(2)',
		text: 'каттала элек болуп, кеңседен берилген төлөө эсебинин (счёт на оплату) негизинде электрондук колтамга жана~Рутокен ЭЦП сактагычы~үчүн төлөсөңүз~— ошол~төлөө эсебинин 16~сандан турган номерин.',
	},
	{
		path: '/ky/',
		selector: '#enter-number > p:nth-of-type(2)',
		text: 'Бул~жерге өзүңүздүн банктык эсебиңиздин номерин жазбаңыз: акча алына турган эсепти кийинки кадамда тандайсыз.',
	},
	{ path: '/ky/', selector: '#choose-account h2 .step-number', text: '5\u2011кадам' },
	{ path: '/ky/', selector: '#choose-account h2 a', text: '5\u2011кадамАкча алына турган эсепти тандаңыз' },
	{ path: '/ky/', selector: '#find-dos-tek h2 a', text: '3\u2011кадамDos Tek Group’ту табыңыз' },
	{ path: '/ky/', selector: '#choose-account p', text: 'Төлөм~үчүн акча алына турган банктык эсебиңизди тандаңыз.' },
	{ path: '/ky/', selector: 'label.checker-kind:nth-of-type(2)', text: 'Кеңседен берилген төлөө эсебинин (счёт на оплату) номери' },
	{ path: '/', selector: 'a[hreflang="ky"] span:last-child', text: 'Нускаманы кыргызча ачуу' },
	{ path: '/', selector: 'h1 span[lang="ky"]', text: 'Optima~24 аркылуу Dos Tek Group’ка төлөө' },
];

describe('the built guide', () => {
	test.each(sentences)('$path $selector reads as written', async ({ path, selector, text }) => {
		const page = await browser.open(path);
		expect(await textOf(page, selector)).toBe(typed(text));
	});
});

describe.each(distinctPaths())('%s', (path) => {
	test('no short word ends a line: each is joined to the next word by a no-break space', async () => {
		const page = await browser.open(path);
		// Every block of text with its language. Shown as written, so left out: the app's labels, code,
		// the checker's output, data marked `data-verbatim`, and each terminal (`#t-<id>`), whose text is
		// the bank's list; the labels around it are UI strings, checked in test/lib/typography.
		const blocks = await page.locator('title, h1, h2, h3, p, li, label, legend, button, a, [role="status"]').evaluateAll((elements) =>
			elements.map((element) => {
				const verbatim = '.app-label, code, output, [data-verbatim], [id^="t-"]';
				if (element.closest(verbatim)) return { lang: '', text: '' };
				const copy = element.cloneNode(true) as Element;
				for (const part of copy.querySelectorAll(verbatim)) part.replaceWith('X');
				return { lang: element.closest('[lang]')?.getAttribute('lang') ?? '', text: copy.textContent?.replace(/[ \t\n\r]+/g, ' ') ?? '' };
			}),
		);
		expect(blocks.length).toBeGreaterThan(3);
		const found = blocks.flatMap(({ lang, text }) =>
			isLocale(lang) ? shortWordsAtLineEnd(text, lang).map((word) => `${lang}: «${word}» in «${text.trim()}»`) : [],
		);
		expect(found).toEqual([]);
	});
});
