import type { Terminal } from '../terminal-pdf/schema.ts';

/**
 * Text folding for the finder's filter. It ships to the browser and runs per keystroke over thousands of
 * terminals, so the haystack is folded once (`foldForSearch`) and each keystroke only folds the query.
 * Every step is one regular-expression pass without backtracking or a lookup per word: linear in the text.
 */

// Kyrgyz letters typed on a Russian keyboard, and ё typed as е: each of these letters reads as the one below it.
// (Latin letters' marks, «Köl», go in the Latin reading.)
const PAIRED = 'ёүөң';
const PAIRED_WITH = 'еуон';
// Hyphens, dashes and apostrophes join, so «Кара-Балта» is found by «карабалта», «кара балта» and «кара-балта»
// alike, and GeoNames' «Kara-Kul’» by «karakul».
const JOINERS = /[\u00ad\u2010-\u2015\u2212'\u2019\u02bc-]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
// Zero-width spaces and joiners inside a word («Ахун\u200bбаева») must not split it.
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * Street words, folded, in groups of forms that mean the same («мкр», «мкрн», «м-н», «микрорайон»), one
 * string for the browser's sake.
 * The haystack carries every form of a group one of its words belongs to, so whichever form a reader
 * types, and any beginning of it («ули…»), is a substring of the haystack.
 */
const STREET_WORD_GROUPS = 'ул улица кочосу,пр прт просп проспект,мкр мкрн мн микрорайон,бул бр бульвар,пер переулок,пл площадь'.split(',');
// A Map, not an object: a word such as «constructor» must not find a prototype's property.
const STREET_WORDS = new Map(STREET_WORD_GROUPS.flatMap((group) => group.split(' ').map((word) => [word, group] as const)));

// The folded Cyrillic alphabet, а to я in code order, spelt as transliterate.ts spells it («-»: none), so a
// text and its transliteration read alike: the rules below then apply to both the same way.
const LATIN_OF_CYRILLIC = 'a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya'.split(' ');

/**
 * A folded word's Latin reading, the lossy spelling Cyrillic and Latin typings of one name share:
 * «Жалал», «Джалал», «Jalal», «Dzhalal» all read «jalal»; «Балыкчы», «Балыкчи», «Balykchy» read «balikchi»;
 * «Кең», «Keng» read «ken»; «ё», «yo», «е» read «e». Both the haystack and the query are read so, so each rule
 * only widens a match.
 * It ships to the browser, so it is a table of the 32 letters folding leaves, not a full transliteration.
 */
export function latinReading(word: string): string {
	return word
		.replace(/[а-я]/g, (letter) => (LATIN_OF_CYRILLIC[letter.charCodeAt(0) - 0x430] ?? '').replace('-', ''))
		.normalize('NFD')
		.replace(/[^a-z0-9]/g, '')
		.replace(/dzh|zh|dj/g, 'j')
		.replace(/kh/g, 'h')
		.replace(/ng/g, 'n')
		.replace(/y[eo]/g, 'e')
		.replace(/y/g, 'i')
		.replace(/i+/g, 'i');
}

function foldLetters(text: string): string {
	return text
		.normalize('NFC')
		.replace(FORMAT_CHARACTERS, '')
		.toLowerCase()
		.replace(/[ёүөң]/g, (letter) => PAIRED_WITH[PAIRED.indexOf(letter)] ?? letter)
		.replace(JOINERS, '')
		.replace(SEPARATORS, ' ')
		.trim();
}

/** The words of a query, folded; an empty list for a query of only spaces and punctuation. */
export function queryWords(query: string): string[] {
	const folded = foldLetters(query);
	return folded === '' ? [] : folded.split(' ');
}

/**
 * A text folded for searching: case, ё/е, ү/у, ө/о, ң/н, Unicode composition, punctuation and quotes gone,
 * street words in every form; then the same words' Latin readings («Сүлүктү» also as «suluktu»), so «Sulyukta», «Jalal-Abad» or «Balykchi» find the Cyrillic text.
 */
export function foldForSearch(text: string): string {
	const words = queryWords(text).map((word) => STREET_WORDS.get(word) ?? word);
	return `${words.join(' ')} ${words.map(latinWords).join(' ')}`.trim();
}

// Each word of an expanded group on its own: the reading drops spaces.
const latinWords = (words: string): string => words.split(' ').map(latinReading).join(' ');

/** What the finder's filter searches: the settlement, the address and the place, folded. */
export function terminalSearchText(terminal: Pick<Terminal, 'city' | 'address' | 'place'>): string {
	return foldForSearch(`${terminal.city} ${terminal.address} ${terminal.place}`);
}

// The same query is matched against every terminal in a row: fold it once, not once per terminal.
let lastQuery = '';
let lastWords: readonly (readonly [string, string])[] = [];

/** Between a haystack's own text and its region's names (see `matchesQuery`). */
export const REGION_PART = '\u0001';

/**
 * Whether every word of the query appears in the folded haystack, in any order, as typed or in its
 * Latin reading; an empty query matches all. Without `withRegion`, only the haystack's part before
 * `REGION_PART` counts: a town named like its region («Нарын») then finds the town, not the region.
 */
export function matchesQuery(haystackFolded: string, query: string, withRegion = true): boolean {
	if (query !== lastQuery) {
		lastQuery = query;
		// A Cyrillic word of one or two letters is matched as typed only: its reading would be found inside
		// unrelated words («кы» read «ki» in «Киевская»). Latin typing has no other way in, whatever its length.
		lastWords = queryWords(query).map((word) => [word, word.length > 2 || /[a-z]/.test(word) ? latinReading(word) : ''] as const);
	}
	const text = withRegion ? haystackFolded : (haystackFolded.split(REGION_PART)[0] ?? '');
	return lastWords.every(([word, latin]) => text.includes(word) || (latin !== '' && text.includes(latin)));
}
