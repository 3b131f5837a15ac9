import type { Locale } from '../../src/lib/i18n/locales.ts';

/**
 * Short words that must never end a line, each followed by a regular (breaking) space: the
 * Russian prepositions and conjunctions the typography joins to the next word, and the Kyrgyz
 * conjunctions and determiners. Written here, not read from the code under test.
 */
const shortWords: Record<Locale, string[]> = {
	ru: ['в', 'с', 'и', 'к', 'о', 'у', 'на', 'по', 'из', 'от', 'за', 'до', 'а', 'но', 'для', 'или', 'не'],
	ky: ['же', 'жана', 'бул', 'ошол'],
};

/** Every short word followed by a breaking space in `text`, as written there. */
export function shortWordsAtLineEnd(text: string, locale: Locale): string[] {
	const pattern = new RegExp(`(?<![\\p{L}\\d'’-])(?:${shortWords[locale].join('|')}) (?=\\S)`, 'giu');
	return [...text.matchAll(pattern)].map((match) => match[0]);
}
