import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { siteTexts, visibleMdxLine } from '../support/spell/site-texts.ts';
import { allows, readAllowList, unknownWords, wordsOf } from '../support/spell/spell-check.ts';

/**
 * Every Kyrgyz word the site shows goes through Apertium's analyser, every Russian one through
 * hunspell's dictionary (one process call each); a word neither knows must be in the language's
 * allow-list in `content/spelling/`, so a typo fails here with the word and where it is.
 */
describe.each(localeCodes)('spelling in %s', (locale) => {
	const allowList = readAllowList(locale);
	const unknown = unknownWords(locale, siteTexts(locale));

	test('every word is known to the dictionary or allowed', () => {
		const misspelt = unknown.filter(({ word }) => !allowList.some((entry) => allows(entry, word)));
		expect(misspelt.map(({ word, where }) => `«${word}» in ${where.join(', ')}`)).toEqual([]);
	});

	test(`every entry of content/spelling/${locale}.txt is still needed`, () => {
		expect(allowList.filter((entry) => !unknown.some(({ word }) => allows(entry, word)))).toEqual([]);
	});

	test('a typo in a UI string or a guide line is caught, named with its file and key or line', () => {
		const typo = locale === 'ky' ? 'тиркемегее' : 'приложениее';
		const texts = [
			{ where: `content/i18n/${locale}.json checker.copied`, text: `Номер ${typo}.` },
			{ where: `content/guide/${locale}.mdx:9`, text: visibleMdxLine(`<Step id="x" title="${typo}">`) },
		];
		expect(unknownWords(locale, texts).find(({ word }) => word === typo)?.where).toEqual([
			`content/i18n/${locale}.json checker.copied`,
			`content/guide/${locale}.mdx:9`,
		]);
	});
});

describe('what counts as a word a reader sees', () => {
	test.each([
		{
			name: 'placeholders, URLs and names in Latin letters are not words',
			text: '{{count}} сан https://x.kg www.x.kg Optima 24, Group’ка',
			words: ['сан'],
		},
		{ name: 'hyphenated words stay whole', text: 'кадам-кадам, какой-то', words: ['кадам-кадам', 'какой-то'] },
	])('$name', ({ text, words }) => {
		expect(wordsOf(text)).toEqual(words);
	});

	test('an MDX line gives its text, its link text, and its visible attributes only', () => {
		expect(
			visibleMdxLine(
				'<Step id="register" title="Банкка кайрылыңыз"> [тизме (PDF)](https://x.kg/a.pdf) <AppLabel gloss="Издөө">Поиск</AppLabel>',
			)
				.split(/\s+/)
				.filter(Boolean),
		).toEqual(['Банкка', 'кайрылыңыз', 'тизме', '(PDF)', 'Издөө', 'Поиск']);
	});
});
