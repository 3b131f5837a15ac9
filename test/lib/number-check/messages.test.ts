import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../../src/lib/i18n/locales.ts';
import { useTranslations } from '../../../src/lib/i18n/translator.ts';
import { checkNumber } from '../../../src/lib/number-check/check-number.ts';
import { describeCheck } from '../../../src/lib/number-check/messages.ts';
import { numberRules as rules } from '../../../src/lib/number-check/number-rules.ts';
import { typed } from '../../support/typed.ts';

const today = new Date(Date.UTC(2026, 10, 25));

/**
 * What the checker says, written out by hand in both languages: the wording a reader must not
 * misread, typeset (`~` is a no-break space).
 */
const sentences = [
	{
		name: 'a number of the right form claims only the form and sends the reader to the document',
		input: '1234567890123456',
		ky: { verdict: 'Номер талапка ылайык. Аны документ менен салыштырып, анан көчүрүп, тиркемеге чаптаңыз.' },
		ru: { verdict: 'Номер подходит по~форме. Сверьте его с~документом, затем скопируйте и~вставьте в~приложение.' },
	},
	{
		name: 'what was removed and what was converted are two sentences',
		input: 'ИНН: 1234 5678–9012 ３４５６',
		ky: {
			removed: 'Алынып салынды: номердин алдындагы жазуу, боштуктар, дефистер жана~сызыкчалар.',
			converted: 'Башкача жазылган сандар кадимки сандарга алмаштырылды.',
		},
		ru: {
			removed: 'Мы убрали: надпись перед номером, пробелы, дефисы и~тире.',
			converted: 'Нестандартные цифры заменены обычными.',
		},
	},
	{
		name: 'converted digits alone make no list of removed things',
		input: '１２３４５６７８９０１２３４５６',
		ky: { removed: undefined, converted: 'Башкача жазылган сандар кадимки сандарга алмаштырылды.' },
		ru: { removed: undefined, converted: 'Нестандартные цифры заменены обычными.' },
	},
	{
		name: 'a man’s 14-digit ИНН holds his birth date',
		input: '20101198500017',
		ky: {
			verdict:
				'Бул~эркек жеке адамдын 14~сандан турган ИННине окшош (туулган күнү 01.01.1985), бирок бул~төлөм~үчүн 16~сан керек. Номерди документтериңизден текшериңиз же~аны сизге документтерди берген Dos Tek Group кеңсесинен тактаңыз.',
		},
		ru: {
			verdict:
				'Это похоже на~14\u2011значный ИНН физического лица (мужчины), в~нём дата рождения 01.01.1985. Но~для~этого платежа нужно 16~цифр. Проверьте номер в~своих документах или~уточните его в~офисе Dos Tek Group, который выдал вам документы.',
		},
	},
	{
		name: 'an organisation’s 14-digit ИНН holds its registration date',
		input: '01203201210045',
		ky: {
			verdict:
				'Бул~уюмдун 14~сандан турган ИННине окшош (катталган күнү 12.03.2012), бирок бул~төлөм~үчүн 16~сан керек. Номерди документтериңизден текшериңиз же~аны сизге документтерди берген Dos Tek Group кеңсесинен тактаңыз.',
		},
		ru: {
			verdict:
				'Это похоже на~14\u2011значный ИНН организации, в~нём дата регистрации 12.03.2012. Но~для~этого платежа нужно 16~цифр. Проверьте номер в~своих документах или~уточните его в~офисе Dos Tek Group, который выдал вам документы.',
		},
	},
	{
		name: 'an invoice pasted with its label is ready, says the label chose the kind, and what was removed',
		input: 'Счёт № 0104 2026 0000 1234',
		ky: {
			verdict: 'Номер талапка ылайык. Аны документ менен салыштырып, анан көчүрүп, тиркемеге чаптаңыз.',
			problemMark: undefined,
			kindFromLabel: '«Счёт №» деген жазууга карап, «Кеңседен берилген төлөө эсебинин (счёт на оплату) номери» тандалды.',
			removed: 'Алынып салынды: номердин алдындагы жазуу, боштуктар.',
		},
		ru: {
			verdict: 'Номер подходит по~форме. Сверьте его с~документом, затем скопируйте и~вставьте в~приложение.',
			problemMark: undefined,
			kindFromLabel: 'По~надписи «Счёт №» выбран вариант «Номер счёта на~оплату, выданного в~офисе».',
			removed: 'Мы убрали: надпись перед номером, пробелы.',
		},
	},
	{
		name: 'an error is marked with a word, and what was removed is not said under it',
		input: '1234 5678 9012 3456 7',
		ky: {
			problemMark: 'Ката',
			verdict: '1~сан ашык: 16~сан керек, 17~сан терилди. Номерди документ менен салыштырыңыз.',
			removed: undefined,
		},
		ru: { problemMark: 'Ошибка', verdict: '1~лишняя цифра: нужно 16, введено 17. Сверьте номер с~документом.', removed: undefined },
	},
	{
		name: 'Russian counts agree with their number',
		input: '1234 5678 9012 3456 789',
		ky: { verdict: '3~сан ашык: 16~сан керек, 19~сан терилди. Номерди документ менен салыштырыңыз.' },
		ru: { verdict: '3~лишние цифры: нужно 16, введено 19. Сверьте номер с~документом.' },
	},
	{
		name: 'letters before a removed label: the note says the label is not among them',
		input: 'Оплата Счёт № 0104 2026 0000 1234',
		ky: { problemMark: 'Ката', removed: 'Алынып салынды: номердин алдындагы жазуу, боштуктар.' },
		ru: { problemMark: 'Ошибка', removed: 'Мы убрали: надпись перед номером, пробелы.' },
	},
	{
		name: 'a day that does not exist',
		input: '13102199012345',
		ky: {
			verdict:
				'Номер аял жеке адамдын 14~сандан турган ИННине окшош, бирок андагы туулган күнү~— 31.02.1990, календарда мындай күн жок. Сандарды документ боюнча текшериңиз.',
		},
		ru: {
			verdict:
				'Номер похож на~14\u2011значный ИНН физического лица (женщины), но~в~нём дата рождения 31.02.1990, а~такого дня в~календаре~нет. Проверьте цифры по~документу.',
		},
	},
	{
		name: 'a day in the future is not called a day that does not exist',
		input: '02611202612345',
		ky: {
			verdict:
				'Номер уюмдун 14~сандан турган ИННине окшош, бирок андагы катталган күнү~— 26.11.2026, бул~күн али келе элек. Сандарды документ боюнча текшериңиз.',
		},
		ru: {
			verdict:
				'Номер похож на~14\u2011значный ИНН организации, но~в~нём дата регистрации 26.11.2026, а~этот день ещё не~наступил. Проверьте цифры по~документу.',
		},
	},
	{
		name: 'a day before the earliest year',
		input: '10101189912345',
		ky: {
			verdict:
				'Номер аял жеке адамдын 14~сандан турган ИННине окшош, бирок андагы туулган күнү~— 01.01.1899, бул~ИНН~үчүн өтө эрте. Сандарды документ боюнча текшериңиз.',
		},
		ru: {
			verdict:
				'Номер похож на~14\u2011значный ИНН физического лица (женщины), но~в~нём дата рождения 01.01.1899, а~это слишком давно для~ИНН. Проверьте цифры по~документу.',
		},
	},
];

describe.each(localeCodes)('describeCheck in %s', (locale) => {
	const t = useTranslations(locale);

	test.each(sentences)('$name', (sentence) => {
		const expected = Object.fromEntries(Object.entries(sentence[locale]).map(([key, text]) => [key, text && typed(text)]));
		const described: Record<string, unknown> = { ...describeCheck(checkNumber(sentence.input, 'inn', rules, today), t) };
		expect(Object.fromEntries(Object.keys(expected).map((key) => [key, described[key]]))).toEqual(expected);
	});
});
