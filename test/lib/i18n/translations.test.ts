import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultLocale, localeCodes } from '../../../src/lib/i18n/locales.ts';
import { missingPluralForms, parityProblems, requireKeys, uiStrings } from '../../../src/lib/i18n/translations.ts';
import { useTranslations } from '../../../src/lib/i18n/translator.ts';

const root = new URL('../../../', import.meta.url);
const readJson = (path: string): Record<string, string> => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

describe('parityProblems', () => {
	test.each([
		{ name: 'same keys', ky: { a: '1', b: '2' }, ru: { a: '1', b: '2' }, expected: [] },
		{ name: 'plural forms of a key', ky: { a: '1', b_one: '', b_other: '' }, ru: { a: '1', b_one: '', b_few: '' }, expected: [] },
		{
			name: 'a key only ru has',
			ky: { a: '1' },
			ru: { a: '1', b: '2' },
			expected: ['content/i18n/ky.json is missing b, which ru.json has'],
		},
		{
			name: 'a key only ky has',
			ky: { a: '1', b: '2' },
			ru: { a: '1' },
			expected: ['content/i18n/ru.json is missing b, which ky.json has'],
		},
		{
			name: 'one missing each way',
			ky: { a: '1', c: '' },
			ru: { a: '1', b: '2' },
			expected: ['content/i18n/ky.json is missing b, which ru.json has', 'content/i18n/ru.json is missing c, which ky.json has'],
		},
	])('$name', ({ ky, ru, expected }) => {
		expect(parityProblems({ ky, ru })).toEqual(expected);
	});

	test('finds none in the real files', () => {
		expect(parityProblems(Object.fromEntries(localeCodes.map((locale) => [locale, readJson(`content/i18n/${locale}.json`)])))).toEqual([]);
	});

	test.each([
		['ky', 'ru'],
		['ru', 'ky'],
	])('step.copied deleted from the real %s.json is blamed on it, not on %s.json', (lacking, having) => {
		const files = Object.fromEntries(localeCodes.map((locale) => [locale, readJson(`content/i18n/${locale}.json`)]));
		delete files[lacking]?.['step.copied'];
		expect(parityProblems(files)).toEqual([`content/i18n/${lacking}.json is missing step.copied, which ${having}.json has`]);
	});
});

describe('a key the code uses and no language has', () => {
	test('fails t() at build time, naming both files', () => {
		expect(() => useTranslations('ru')('step.gone' as never)).toThrow(
			'the code uses step.gone, which neither content/i18n/ky.json nor content/i18n/ru.json has; add it to both.',
		);
	});

	test('fails a list of keys a script ships, plural keys named without their forms', () => {
		expect(() => requireKeys(['terminals.count', 'step.copied'])).not.toThrow();
		expect(() => requireKeys(['finder.gone', 'step.copied', 'finder.lost'])).toThrow(
			/^the code uses finder\.gone, finder\.lost, which neither/,
		);
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
