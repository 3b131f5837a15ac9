import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../../src/lib/i18n/translations.ts';
import { keepVerbatim, typeset } from '../../../src/lib/typography/typeset.ts';
import { guideSources } from '../../support/guide-files.ts';
import { shortWordsAtLineEnd } from '../../support/short-words.ts';
import { typed } from '../../support/typed.ts';

/** Text as an editor writes it → as the reader gets it, written out by hand (`~` is a no-break space). */
const cases = {
	ru: [
		{ name: 'a number and its unit', text: 'Нужно 16 цифр.', expected: 'Нужно 16~цифр.' },
		{
			name: 'a count placeholder and its unit',
			text: 'Не хватает {{count}} цифры: нужно {{expected}}, введено {{length}}.',
			expected: 'Не~хватает {{count}}~цифры: нужно {{expected}}, введено {{length}}.',
		},
		{
			name: 'a number and a preposition are not a unit',
			text: 'Цифр: {{count}} из {{expected}}',
			expected: 'Цифр: {{count}} из~{{expected}}',
		},
		{ name: 'a step and its number', text: 'Шаг {{number}}', expected: 'Шаг~{{number}}' },
		{ name: 'the app’s name', text: 'через приложение Optima 24 и терминалы', expected: 'через приложение Optima~24 и~терминалы' },
		{ name: 'a no-break hyphen after a number', text: '16-значный ИНН', expected: '16\u2011значный ИНН' },
		{
			name: 'a dash',
			text: 'Контакты службы поддержки — на сайте www.optimabank.kg.',
			expected: 'Контакты службы поддержки~— на~сайте www.optimabank.kg.',
		},
		{
			name: 'short prepositions and conjunctions',
			text: 'К счёту у вас и в банке, а не от нас, но по делу из дома за час до оплаты с картой о счёте',
			expected: 'К~счёту у~вас и~в~банке, а~не~от~нас, но~по~делу из~дома за~час до~оплаты с~картой о~счёте',
		},
		{
			name: 'the issue’s «надпись»',
			text: 'Пробелы, дефисы и надпись «ИНН:» можно не убирать.',
			expected: 'Пробелы, дефисы и~надпись «ИНН:» можно не~убирать.',
		},
		{
			name: 'a step 5 sentence',
			text: 'Выберите свой банковский счёт, с которого будут списаны деньги.',
			expected: 'Выберите свой банковский счёт, с~которого будут списаны деньги.',
		},
		{
			name: 'a URL stays as written',
			text: 'файл https://www.optimabank.kg/images/files/cashin_terminals_list.pdf и в нём',
			expected: 'файл https://www.optimabank.kg/images/files/cashin_terminals_list.pdf и~в~нём',
		},
		{ name: 'the spaces at the edges of a text run stay', text: ' в нижнем меню и ', expected: ' в~нижнем меню и~' },
		{ name: 'digits of a number stay apart', text: 'ИНН: 1234 5678 9012 3456', expected: 'ИНН: 1234 5678 9012 3456' },
	],
	ky: [
		{ name: 'a count placeholder and its unit', text: '{{count}} сан керек.', expected: '{{count}}~сан керек.' },
		{ name: 'a number and its unit', text: 'уюмуңуздун 14 сандан турган ИННине', expected: 'уюмуңуздун 14~сандан турган ИННине' },
		{ name: 'a letter outside Russian (ө) starts the unit', text: '5 өлчөм', expected: '5~өлчөм' },
		{ name: 'a brand keeps its number even before a word', text: 'Optima 24 аркылуу төлөө', expected: 'Optima~24 аркылуу төлөө' },
		{ name: 'a step number with its suffix', text: '{{number}}-кадам', expected: '{{number}}\u2011кадам' },
		{ name: 'the app’s name in quotes', text: '«Optima 24» тиркемеси', expected: '«Optima~24» тиркемеси' },
		{ name: 'a dash', text: 'аталышын — Dos Tek Group — жогору', expected: 'аталышын~— Dos Tek Group~— жогору' },
		{
			name: 'conjunctions lean on the next word',
			text: 'ИНН же төлөө эсеби, электрондук колтамга жана Рутокен',
			expected: 'ИНН же~төлөө эсеби, электрондук колтамга жана~Рутокен',
		},
		{ name: 'a demonstrative leans on its noun', text: 'Бул жерге ошол номерди', expected: 'Бул~жерге ошол~номерди' },
		{
			name: 'particles and postpositions lean on the word before',
			text: 'ЭЦП үчүн, терминалдарынан да, сандардан гана',
			expected: 'ЭЦП~үчүн, терминалдарынан~да, сандардан~гана',
		},
		{
			name: 'the company’s suffix takes a typographic apostrophe, as in the guide’s text',
			text: "Dos Tek Group'ту басыңыз.",
			expected: 'Dos Tek Group’ту басыңыз.',
		},
	],
};

describe.each(localeCodes)('typeset in %s', (locale) => {
	test.each(cases[locale])('$name', ({ text, expected }) => {
		expect(typeset(text, locale)).toBe(typed(expected));
	});

	test('every UI string keeps its short words on the line of the word after them', () => {
		const strings = Object.entries(uiStrings[locale]).filter(([, text]) => shortWordsAtLineEnd(text, locale).length > 0);
		expect(strings).toEqual([]);
	});

	test('typesetting twice changes nothing more', () => {
		for (const text of Object.values(uiStrings[locale])) expect(typeset(text, locale)).toBe(text);
	});
});

test('keepVerbatim leaves a part as written and its marks are removed', () => {
	expect(typeset(`Откройте «${keepVerbatim('Платежи от дилеров/агентов')}» в меню и ${keepVerbatim('Optima 24')}`, 'ru')).toBe(
		typed('Откройте «Платежи от дилеров/агентов» в~меню и~Optima 24'),
	);
});

test('a Kyrgyz suffix on a Latin name is set off by an apostrophe, the one spelling (Dos Tek Group’ка, Telegram’да)', () => {
	const kyrgyz = [...Object.values(uiStrings.ky), guideSources.find(({ locale }) => locale === 'ky')?.source ?? ''];
	const glued = kyrgyz.flatMap((text) => [...text.matchAll(/[A-Za-z]+[\u0400-\u04ff]+/g)].map(([word]) => word));
	expect(glued).toEqual([]);
});
