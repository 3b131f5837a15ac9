import type { Terminal } from '../terminals/schema.ts';

/**
 * Text folding for the finder's filter. It ships to the browser and runs per keystroke over thousands of
 * terminals, so the haystack is folded once (`foldForSearch`) and each keystroke only folds the query.
 */

// Kyrgyz letters typed on a Russian keyboard, and ё typed as е: each pair reads as one letter in a search.
const LETTER_PAIRS: Readonly<Record<string, string>> = { ё: 'е', ү: 'у', ө: 'о', ң: 'н' };
// Hyphens and dashes join, so «Кара-Балта» is found by «карабалта», «кара балта» and «кара-балта» alike.
const JOINERS = /[\u00ad\u2010-\u2015\u2212-]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
// Zero-width spaces and joiners inside a word («Ахун\u200bбаева») must not split it.
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * Street words, folded, and what the haystack says for them: every form a reader might type is then a
 * substring of the haystack («ул» and «улица» are prefixes of «улица»; «мкр» is not of «микрорайон»).
 * Applied to the haystack only, so a query word being typed («ули…») still matches as a prefix.
 */
const STREET_WORDS: Readonly<Record<string, string>> = {
	ул: 'улица',
	улица: 'улица',
	кочосу: 'кочосу улица',
	пр: 'проспект',
	просп: 'проспект',
	проспект: 'проспект',
	мкр: 'мкр микрорайон',
	мкрн: 'мкр микрорайон',
	микрорайон: 'мкр микрорайон',
	бул: 'бульвар',
	бульвар: 'бульвар',
	пер: 'переулок',
	переулок: 'переулок',
	пл: 'площадь',
	площадь: 'площадь',
};

function foldLetters(text: string): string {
	return text
		.replace(FORMAT_CHARACTERS, '')
		.toLowerCase()
		.replace(/[ёүөң]/g, (letter) => LETTER_PAIRS[letter] ?? letter)
		.replace(JOINERS, '')
		.replace(SEPARATORS, ' ')
		.trim();
}

/** The words of a query, folded; an empty list for a query of only spaces and punctuation. */
export function queryWords(query: string): string[] {
	const folded = foldLetters(query);
	return folded === '' ? [] : folded.split(' ');
}

/** A text folded for searching: case, ё/е, ү/у, ө/о, ң/н, punctuation and quotes gone, street words in every form. */
export function foldForSearch(text: string): string {
	return queryWords(text)
		.map((word) => STREET_WORDS[word] ?? word)
		.join(' ');
}

/** What the finder's filter searches: the settlement, the address and the place, folded. */
export function terminalSearchText(terminal: Pick<Terminal, 'city' | 'address' | 'place'>): string {
	return foldForSearch(`${terminal.city} ${terminal.address} ${terminal.place}`);
}

// The same query is matched against every terminal in a row: fold it once, not once per terminal.
let lastQuery = '';
let lastWords: readonly string[] = [];

/** Whether every word of the query appears in the folded haystack, in any order; an empty query matches all. */
export function matchesQuery(haystackFolded: string, query: string): boolean {
	if (query !== lastQuery) {
		lastQuery = query;
		lastWords = queryWords(query);
	}
	return lastWords.every((word) => haystackFolded.includes(word));
}
