import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultLocale, localeCodes } from '../../../src/lib/i18n/locales.ts';
import { compareKeys, missingPluralForms, uiStrings } from '../../../src/lib/i18n/translations.ts';

const root = new URL('../../../', import.meta.url);
const readJson = (path: string): Record<string, string> => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

describe('compareKeys', () => {
	test.each([
		{ name: 'same keys', strings: { a: '1', b: '2' }, expected: { missing: [], extra: [] } },
		{ name: 'a missing key', strings: { a: '1' }, expected: { missing: ['b'], extra: [] } },
		{ name: 'an extra key', strings: { a: '1', b: '2', c: '3' }, expected: { missing: [], extra: ['c'] } },
		{ name: 'plural forms of a key', strings: { a: '1', b_one: '2', b_few: '3' }, expected: { missing: [], extra: [] } },
	])('$name', ({ strings, expected }) => {
		expect(compareKeys({ a: 'x', b: 'y' }, strings)).toEqual(expected);
	});
});

describe('missingPluralForms', () => {
	test.each([
		{ locale: 'ru', strings: { n_one: '', n_few: '', n_many: '', n_other: '' }, expected: [] },
		{ locale: 'ru', strings: { n_one: '', n_other: '' }, expected: ['n_few', 'n_many'] },
		{ locale: 'ky', strings: { n_one: '', n_other: '' }, expected: [] },
		{ locale: 'ky', strings: { n_other: '', plain: '' }, expected: ['n_one'] },
	])('$locale $strings', ({ locale, strings, expected }) => {
		expect(missingPluralForms(strings, locale)).toEqual(expected);
	});
});

describe.each(localeCodes)('content/i18n/%s.json', (locale) => {
	test('has every plural form the language uses', () => {
		expect(missingPluralForms(readJson(`content/i18n/${locale}.json`), locale)).toEqual([]);
	});

	const strings = readJson(`content/i18n/${locale}.json`);

	test(`has exactly the keys of ${defaultLocale}.json`, () => {
		expect(compareKeys(readJson(`content/i18n/${defaultLocale}.json`), strings)).toEqual({ missing: [], extra: [] });
	});

	test('uses the same {{placeholders}} in every string as the default language', () => {
		const placeholders = (text: string) => [...new Set([...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]))].sort();
		const byBaseKey = (all: Record<string, string>) =>
			Object.fromEntries(Object.entries(all).map(([key, text]) => [key.replace(/_(one|few|many|other)$/, ''), placeholders(text)]));
		expect(byBaseKey(strings)).toEqual(byBaseKey(uiStrings[defaultLocale]));
	});
});

/** Every source file that can name a UI string. */
const sources = readdirSync(new URL('src/', root), { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.(astro|ts)$/.test(file))
	.map((file) => readFileSync(new URL(`src/${file}`, root), 'utf8'));

const pluralForm = /_(zero|one|two|few|many|other)$/;
const knownKeys = [...new Set(Object.keys(uiStrings[defaultLocale]).map((key) => key.replace(pluralForm, '')))];
/** Keys are named in full in a string literal (`t('step.copied')`, `textKey="chooser.open"`, a code → key table), never assembled. */
const literals = new Set(
	sources.flatMap((source) => [...source.matchAll(/'([^'\n]+)'|"([^"\n]+)"/g)].map((match) => match[1] ?? match[2])),
);

test('every key used in the code exists', () => {
	// `t('key')` calls and keys passed to components as `textKey="key"`; code → key tables are typed by `TranslationKey`.
	const used = sources.flatMap((source) =>
		[...source.matchAll(/\bt\(\s*'([^']+)'|\bt\(\s*"([^"]+)"|\btextKey="([^"]+)"/g)].map((match) => match[1] ?? match[2] ?? match[3]),
	);
	expect(used.length).toBeGreaterThan(20);
	expect(used.filter((key) => key !== undefined && !knownKeys.includes(key))).toEqual([]);
});

/** Keys added ahead of the code that will use them; each leaves this list when used. */
const notYetUsed: string[] = [];

test('every key that exists is used in the code', () => {
	expect(knownKeys.filter((key) => !literals.has(key))).toEqual(notYetUsed);
});
