import { describe, expect, test } from 'vitest';
import { formatMessage, templatesOf, templatesWithPrefix } from '../../../src/lib/i18n/format-message.ts';
import { localeCodes } from '../../../src/lib/i18n/locales.ts';
import type { TranslationKey } from '../../../src/lib/i18n/translate.ts';
import { uiStrings } from '../../../src/lib/i18n/translations.ts';
import { useTranslations } from '../../../src/lib/i18n/translator.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

describe.each(localeCodes)('%s: formatMessage gives what i18next gives', (locale) => {
	const strings = uiStrings[locale];
	const t = useTranslations(locale);
	const baseKeys = [...new Set(Object.keys(strings).map((key) => key.replace(pluralSuffix, '') as TranslationKey))];

	test.each(baseKeys)('%s', (key) => {
		for (const count of [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101]) {
			const values = { count, number: count, chars: '«О»', date: '31.02.1990' };
			expect(formatMessage(strings, locale, key, values), `count ${count}`).toBe(t(key, values));
		}
	});
});

describe('formatMessage', () => {
	const templates = {
		hello: 'Салам, {{name}}!',
		digits_one: '{{count}} цифра',
		digits_few: '{{count}} цифры',
		digits_many: '{{count}} цифр',
	};

	test.each([
		{ key: 'hello', values: { name: 'Айгүл' }, expected: 'Салам, Айгүл!' },
		{ key: 'hello', values: {}, expected: 'Салам, {{name}}!' },
		{ key: 'digits', values: { count: 1 }, expected: '1 цифра' },
		{ key: 'digits', values: { count: 3 }, expected: '3 цифры' },
		{ key: 'digits', values: { count: 11 }, expected: '11 цифр' },
		{ key: 'missing.key', values: {}, expected: 'missing.key' },
	])('$key $values → $expected', ({ key, values, expected }) => {
		expect(formatMessage(templates, 'ru', key, values)).toBe(expected);
	});
});

test('templatesWithPrefix keeps only the keys under the prefix', () => {
	expect(templatesWithPrefix({ 'a.x': '1', 'a.y': '2', 'b.x': '3' }, 'a.')).toEqual({ 'a.x': '1', 'a.y': '2' });
});

test('templatesOf keeps the keys asked for with their plural forms, and nothing that only starts alike', () => {
	const strings = { 'a.x': '1', 'a.x_one': '2', 'a.x_few': '3', 'a.xy': '4', 'a.y': '5', 'a.y_other': '6' };
	expect(templatesOf(strings, ['a.x', 'a.y_other'])).toEqual({ 'a.x': '1', 'a.x_one': '2', 'a.x_few': '3' });
});
