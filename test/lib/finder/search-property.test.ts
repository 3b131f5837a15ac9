import { describe, expect, test } from 'vitest';
import { foldForSearch, matchesQuery, REGION_PART } from '../../../src/lib/finder/search.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import { transliterate } from '../../../src/lib/terminals/transliterate.ts';
import { groupTerminals } from '../../../src/lib/finder/group-terminals.ts';
import { placeOf } from '../../../src/loaders/terminals/place-namer.ts';
import { growthRatio, linearGrowthLimit } from '../../support/linear-time.ts';
import { snapshot } from '../terminals/content.ts';

/**
 * The folding's promise, as a property: any terminal's own text (settlement, address, place as the
 * list printed them), retyped in any of the forms the search documents, finds that terminal.
 */

/** mulberry32: the same retypings on every run. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Retype = (text: string, next: () => number) => string;

const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)] as T;

// Street words in each form a reader may type, with or without the abbreviation's full stop.
const streetForms: readonly (readonly string[])[] = [
	['ул.', 'ул', 'улица', 'Улица', 'көчөсү'],
	['пр.', 'пр', 'пр-т', 'просп.', 'проспект'],
	['мкр.', 'мкр', 'мкрн', 'мкрн.', 'м-н', 'микрорайон'],
	['бул.', 'бул', 'б-р', 'бульвар'],
	['пер.', 'пер', 'переулок'],
	['пл.', 'пл', 'площадь'],
];
const streetWord = new RegExp(
	`(?<![\\p{L}-])(${streetForms
		.flat()
		.map((form) => form.replace('.', '\\.'))
		.join('|')})(?![\\p{L}-])`,
	'gu',
);

const retypings: Record<string, Retype> = {
	'in capitals': (text) => text.toUpperCase(),
	'in lower case': (text) => text.toLowerCase(),
	'decomposed (NFD)': (text) => text.normalize('NFD'),
	'ё as е, е as ё': (text) => text.replaceAll('ё', 'е').replaceAll('е', 'ё'),
	'Kyrgyz letters on a Russian keyboard': (text) => text.replace(/[үөң]/gu, (letter) => ({ ү: 'у', ө: 'о', ң: 'н' })[letter] ?? letter),
	'Russian letters typed as Kyrgyz': (text) => text.replace(/[уо]/gu, (letter) => ({ у: 'ү', о: 'ө' })[letter] ?? letter),
	'hyphens as spaces': (text) => text.replaceAll('-', ' '),
	'hyphens left out': (text) => text.replaceAll('-', ''),
	'hyphens as dashes': (text) => text.replaceAll('-', '–'),
	'without punctuation or quotes': (text) => text.replace(/[«»"“”„.,;:()/№]/gu, ' '),
	'with other quotes': (text) => text.replace(/[«»]/gu, '"'),
	'with a zero-width space in a word': (text, next) => {
		const at = Math.floor(next() * text.length);
		return /\p{L}\p{L}/u.test(text.slice(at - 1, at + 1)) ? `${text.slice(0, at)}\u200b${text.slice(at)}` : text;
	},
	'street words in another form': (text, next) =>
		text.replace(streetWord, (word) => pick(streetForms.find((forms) => forms.includes(word)) ?? [word], next)),
	'words in another order': (text) => text.split(/\s+/u).reverse().join(' '),
	'some words only': (text, next) =>
		text
			.split(/\s+/u)
			.filter(() => next() < 0.5)
			.join(' '),
	'words cut short': (text, next) =>
		text
			.split(/\s+/u)
			.map((word) => (word.length > 4 && next() < 0.5 ? word.slice(0, 3 + Math.floor(next() * (word.length - 3))) : word))
			.join(' '),
	'in Latin letters': (text) => transliterate(text),
};

/** What the finder searches for each terminal on a page of `locale`, built as the page builds it (item-text.ts). */
function haystacks(locale: Locale): Map<string, string> {
	const byId = new Map<string, string>();
	for (const group of groupTerminals(snapshot().terminals, placeOf, locale))
		for (const settlement of group.settlements)
			for (const terminal of settlement.terminals)
				byId.set(
					terminal.id,
					foldForSearch([settlement.city, settlement.names, terminal.address, terminal.place].join(' ')) +
						REGION_PART +
						foldForSearch(`${group.region} ${group.names}`),
				);
	return byId;
}

describe.each(['ky', 'ru'] as const)('on the %s page', (locale) => {
	const terminals = snapshot().terminals;
	const texts = haystacks(locale);
	const ownText = (terminal: (typeof terminals)[number]) => `${terminal.city} ${terminal.address} ${terminal.place}`;

	test.each(Object.entries(retypings))('every terminal’s own text, retyped %s, finds it', (_, retype) => {
		const next = random(1);
		const missed = terminals.filter((terminal) => {
			const query = retype(ownText(terminal), next);
			return !matchesQuery(texts.get(terminal.id) ?? '', query);
		});
		expect(missed.map((terminal) => `${terminal.id}: ${retype(ownText(terminal), random(1))}`)).toEqual([]);
	});

	test('and retyped in several of those forms at once', () => {
		const next = random(7);
		const all = Object.values(retypings);
		const missed: string[] = [];
		for (const terminal of terminals) {
			for (let round = 0; round < 5; round++) {
				const chosen = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(all, next));
				const query = chosen.reduce((text, retype) => retype(text, next), ownText(terminal));
				if (!matchesQuery(texts.get(terminal.id) ?? '', query)) missed.push(`${terminal.id}: ${query}`);
			}
		}
		expect(missed).toEqual([]);
	});

	test('its settlement by any of its names, and its region by either language’s name', () => {
		const missed: string[] = [];
		for (const terminal of terminals) {
			const { region, settlement } = placeOf(terminal);
			const names = [...settlement.spellings, ...Object.values(settlement.shown)];
			if (region) names.push(terminal.region);
			for (const name of names) if (!matchesQuery(texts.get(terminal.id) ?? '', name)) missed.push(`${terminal.id}: ${name}`);
		}
		expect(missed).toEqual([]);
	});
});

describe('folding time', () => {
	test.each([
		['one long word', (length: number) => 'а'.repeat(length)],
		['separators only', (length: number) => ' -,'.repeat(length / 3)],
		['street words', (length: number) => 'ул. мкр '.repeat(length / 8)],
		['decomposed letters', (length: number) => 'й'.normalize('NFD').repeat(length / 2)],
		['Latin with marks', (length: number) => 'ö'.normalize('NFD').repeat(length / 2)],
	])('grows linearly with the text: %s', (_, makeInput) => {
		expect(growthRatio(foldForSearch, makeInput)).toBeLessThan(linearGrowthLimit);
	});

	test('a query grows linearly too', () => {
		expect(
			growthRatio(
				(query) => matchesQuery('х', query),
				(length) => 'а-б '.repeat(length / 4),
			),
		).toBeLessThan(linearGrowthLimit);
	});
});
