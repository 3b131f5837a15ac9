import { describe, expect, test } from 'vitest';
import { sectionIds } from '../../../src/lib/guide/sections.ts';
import { stepSummaries } from '../../../src/lib/guide/step-summaries.ts';
import { numberKind } from '../../../src/lib/number-check/number-rules.ts';
import { guideSources } from '../../support/guide-files.ts';
import { typed } from '../../support/typed.ts';

const innLength = numberKind('inn').length;

/** Expected text written by hand, `~` for a no-break space. */
const cases = [
	{
		name: 'the first sentence of the first paragraph',
		mdx: '<Step id="register" title="Зарегистрируйтесь">\nПервое предложение. Второе предложение.\n\nДругой абзац.\n</Step>',
		expected: { id: 'register', title: 'Зарегистрируйтесь', firstSentence: 'Первое предложение.' },
	},
	{
		name: 'a dot inside a web address does not end the sentence',
		mdx: '<Step id="register" title="T">\nКонтакты — на сайте [www.optimabank.kg](https://www.optimabank.kg) банка. Ещё.\n</Step>',
		expected: { id: 'register', title: 'T', firstSentence: 'Контакты~— на~сайте www.optimabank.kg банка.' },
	},
	{
		name: 'an app label in quotes, with its gloss in brackets',
		mdx: '<Step id="pay" title="T">\nНажмите <AppLabel gloss="Төлөө">Оплатить</AppLabel> баскычын.\n</Step>',
		expected: { id: 'pay', title: 'T', firstSentence: 'Нажмите «Оплатить» (Төлөө) баскычын.' },
	},
	{
		name: 'typeset, but an app label stays as the app shows it',
		mdx: '<Step id="find-dos-tek" title="Найдите Dos Tek Group">\nОткройте <AppLabel>Платежи от дилеров/агентов</AppLabel> в меню.\n</Step>',
		expected: { id: 'find-dos-tek', title: 'Найдите Dos Tek Group', firstSentence: 'Откройте «Платежи от дилеров/агентов» в~меню.' },
	},
	{
		name: 'a sentence ending in a colon is finished by the list under it',
		mdx: '<Step id="enter-number" title="T">\nВведите одно из двух:\n\n- **<NumberLength kind="inn" />-значный ИНН**;\n- номер счёта.\n\n<NumberChecker />\n</Step>',
		expected: { id: 'enter-number', title: 'T', firstSentence: `Введите одно из~двух: ${innLength}\u2011значный ИНН; номер счёта.` },
	},
	{
		name: 'a sentence ending in quotes',
		mdx: '<Step id="pay" title="  Нажмите\n «Оплатить» ">\nНажмите «Оплатить». Потом.\n</Step>',
		expected: { id: 'pay', title: 'Нажмите «Оплатить»', firstSentence: 'Нажмите «Оплатить».' },
	},
	{
		name: 'a paragraph without a full stop is the sentence',
		mdx: '<Step id="receipt" title="Чек">\nПоявится чек\n</Step>',
		expected: { id: 'receipt', title: 'Чек', firstSentence: 'Появится чек' },
	},
];

test.each(cases)('$name', ({ mdx, expected }) => {
	expect(stepSummaries(mdx, 'ru')).toEqual([{ ...expected, title: typed(expected.title), firstSentence: typed(expected.firstSentence) }]);
});

test('a component it cannot read as text is a build error naming it', () => {
	expect(() => stepSummaries('<Step id="pay" title="T">\nНажмите <Fancy />.\n</Step>', 'ru')).toThrow(/<Fancy> inside a guide sentence/);
});

test('a step id outside sections.ts is a build error', () => {
	expect(() => stepSummaries('<Step id="payment" title="T">\nТекст.\n</Step>', 'ru')).toThrow(
		/<Step id="payment"> is not a guide section id/,
	);
});

for (const { locale, source } of guideSources)
	describe(`content/guide/${locale}.mdx`, () => {
		const summaries = stepSummaries(source, locale);

		test('has a summary for every section, in order', () => {
			expect(summaries.map(({ id }) => id)).toEqual(sectionIds);
		});

		test.each(summaries)('$id has a title and a first sentence that ends like one', ({ title, firstSentence }) => {
			expect(title.length).toBeGreaterThan(2);
			expect(firstSentence).toMatch(/^\S.{10,}[.!?»]$/su);
			expect(firstSentence).not.toMatch(/[<>*[\]]/);
		});
	});
