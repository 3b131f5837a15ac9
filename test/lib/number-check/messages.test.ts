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
				'Бул~эркек жеке адамдын 14~сандан турган ИННине окшош (туулган күнү 01.01.1985), бирок бул~төлөм~үчүн 16~сан керек. Номерди документтериңизден текшериңиз же~Dos Tek Group’тан тактаңыз.',
		},
		ru: {
			verdict:
				'Это похоже на~14\u2011значный ИНН физического лица (мужчины) (дата рождения 01.01.1985), а~для~этого платежа нужно 16~цифр. Проверьте номер в~своих документах или~уточните его в~Dos Tek Group.',
		},
	},
	{
		name: 'an organisation’s 14-digit ИНН holds its registration date',
		input: '01203201210045',
		ky: {
			verdict:
				'Бул~уюмдун 14~сандан турган ИННине окшош (катталган күнү 12.03.2012), бирок бул~төлөм~үчүн 16~сан керек. Номерди документтериңизден текшериңиз же~Dos Tek Group’тан тактаңыз.',
		},
		ru: {
			verdict:
				'Это похоже на~14\u2011значный ИНН организации (дата регистрации 12.03.2012), а~для~этого платежа нужно 16~цифр. Проверьте номер в~своих документах или~уточните его в~Dos Tek Group.',
		},
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
