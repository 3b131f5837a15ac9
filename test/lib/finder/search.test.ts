import { describe, expect, test } from 'vitest';
import { foldForSearch, latinReading, matchesQuery, queryWords, terminalSearchText } from '../../../src/lib/finder/search.ts';

/** The Cyrillic half of a folded haystack; the other half is the same words' Latin readings. */
const cyrillicHalf = (folded: string) => {
	const words = folded.split(' ');
	return words.slice(0, words.length / 2).join(' ');
};

describe('foldForSearch', () => {
	test.each([
		['ул. Ахунбаева, 119', 'ул улица кочосу ахунбаева 119'],
		['улица Ахунбаева', 'ул улица кочосу ахунбаева'],
		['пр. Чуй, 155/1', 'пр прт просп проспект чуй 155 1'],
		['просп. Манаса', 'пр прт просп проспект манаса'],
		['мкр. Джал-29, д. 1/2', 'мкр мкрн мн микрорайон джал29 д 1 2'],
		['микрорайон Асанбай', 'мкр мкрн мн микрорайон асанбай'],
		['м-н Асанбай', 'мкр мкрн мн микрорайон асанбай'],
		['бул. Эркиндик, 35', 'бул бр бульвар эркиндик 35'],
		['пер. Горный', 'пер переулок горный'],
		['пл. Ала-Тоо', 'пл площадь алатоо'],
		['Ахунбаев көчөсү', 'ахунбаев ул улица кочосу'],
		// Decomposed й (и + combining breve) is composed first.
		['Айдаркен'.normalize('NFD'), 'айдаркен'],
		['constructor toString', 'constructor tostring'],
		['ЦУМ «Айчурок»', 'цум айчурок'],
		['супермаркет "Фрунзе"', 'супермаркет фрунзе'],
		['ТЦ „Ала‑Тоо“', 'тц алатоо'],
		['Бөкөнбаев', 'боконбаев'],
		['Сүлүктү', 'сулукту'],
		['Таш-Көмүр', 'ташкомур'],
		['Ёлка — Ёжик', 'елка ежик'],
		['Кең-Суу', 'кенсуу'],
		['  много   пробелов\tи\nстрок ', 'много пробелов и строк'],
		['рынок «Дордой», контейнер № 12', 'рынок дордой контейнер 12'],
		// Words that only begin like a street word stay as they are.
		['Улан, Пролетарская', 'улан пролетарская'],
		['Ахун\u200bбаева\u00a0119', 'ахунбаева 119'],
		['', ''],
		['«» — ,.', ''],
	])('%s → %s', (text, folded) => {
		expect(cyrillicHalf(foldForSearch(text))).toBe(folded);
	});

	test('adds each word’s Latin reading', () => {
		expect(foldForSearch('мкр. Джал-29, Сүлүктү')).toBe('мкр мкрн мн микрорайон джал29 сулукту mkr mkrn mn mikroraen jal29 suluktu');
	});
});

describe('latinReading', () => {
	test.each([
		['жалалабад', 'jalalabad'],
		['джалалабад', 'jalalabad'],
		['jalalabad', 'jalalabad'],
		['dzhalalabad', 'jalalabad'],
		['балыкчы', 'balikchi'],
		['балыкчи', 'balikchi'],
		['balykchy', 'balikchi'],
		['чаек', 'chaek'],
		['chayek', 'chaek'],
		['кенсуу', 'kensuu'],
		['kengsuu', 'kensuu'],
		['ысыккöл', 'isikkol'],
		['сулюкта', 'suliukta'],
		['sulyukta', 'suliukta'],
		['хайдаркан', 'haidarkan'],
		['khaydarkan', 'haidarkan'],
		['119', '119'],
		['ελλάδα', ''],
	])('%s → %s', (word, reading) => {
		expect(latinReading(word)).toBe(reading);
	});
});

describe('queryWords', () => {
	test.each([
		['Ахунбаева 119', ['ахунбаева', '119']],
		['  ул.  ', ['ул']],
		['Кара-Балта', ['карабалта']],
		['Өзгөн', ['озгон']],
		['', []],
		['...', []],
	])('%s → %j', (query, words) => {
		expect(queryWords(query)).toEqual(words);
	});
});

describe('matchesQuery', () => {
	const akhunbaeva = terminalSearchText({ city: 'Бишкек', address: 'ул. Ахунбаева, 119', place: 'филиал ОАО «Оптима Банк»' });
	const jal = terminalSearchText({ city: 'Бишкек', address: 'мкр. Джал-29, д. 1/2', place: 'аптека «Неман»' });
	const karaBalta = terminalSearchText({ city: 'Кара-Балта', address: 'ул. Кожомбердиева, 65', place: 'супермаркет «Народный»' });
	const bokonbaev = terminalSearchText({ city: 'Бөкөнбаев', address: 'ул. Бөкөнбаева, 12', place: 'айыл өкмөтүнүн имараты' });
	const chuy = terminalSearchText({ city: 'Бишкек', address: 'пр. Чуй, 155/1', place: 'ГУМ «Чынар», 1-й этаж' });
	const kyrgyzStreet = terminalSearchText({ city: 'Ош', address: 'Ленин көчөсү, 205', place: '' });

	test.each([
		{ haystack: akhunbaeva, query: '', match: true },
		{ haystack: akhunbaeva, query: '  ', match: true },
		{ haystack: akhunbaeva, query: 'АХУНБАЕВА', match: true },
		{ haystack: akhunbaeva, query: 'ахун', match: true },
		{ haystack: akhunbaeva, query: '119 ахунбаева', match: true },
		{ haystack: akhunbaeva, query: 'улица Ахунбаева', match: true },
		{ haystack: akhunbaeva, query: 'ул. ахунбаева', match: true },
		{ haystack: akhunbaeva, query: 'ули', match: true },
		{ haystack: akhunbaeva, query: '«Оптима»', match: true },
		{ haystack: akhunbaeva, query: 'оптима бишкек', match: true },
		{ haystack: akhunbaeva, query: 'оптима ош', match: false },
		{ haystack: akhunbaeva, query: 'ахунбаева 120', match: false },
		{ haystack: jal, query: 'микрорайон джал', match: true },
		{ haystack: jal, query: 'мкр джал-29', match: true },
		{ haystack: jal, query: 'джал 29', match: true },
		{ haystack: karaBalta, query: 'кара балта', match: true },
		{ haystack: karaBalta, query: 'карабалта', match: true },
		{ haystack: karaBalta, query: 'Кара-Балта народный', match: true },
		{ haystack: bokonbaev, query: 'Боконбаево', match: false },
		{ haystack: bokonbaev, query: 'боконбаев', match: true },
		{ haystack: bokonbaev, query: 'Бөкөнбаев', match: true },
		// A word also matches by its Latin reading, where й, и and ы read alike, as in Latin spellings.
		{ haystack: bokonbaev, query: 'аиыл окмоту', match: true },
		{ haystack: bokonbaev, query: 'Bokonbaev', match: true },
		{ haystack: bokonbaev, query: 'Бакенбаев', match: false },
		{ haystack: jal, query: 'мкрн джал', match: true },
		{ haystack: jal, query: 'м-н Джал', match: true },
		{ haystack: jal, query: 'мкр. джал', match: true },
		{ haystack: jal, query: 'микро', match: true },
		{ haystack: jal, query: 'Dzhal-29', match: true },
		// A short Cyrillic word is not read in Latin: «кы» would read «ki», found in «Киевская» read «kievskaia».
		{ haystack: terminalSearchText({ city: 'Бишкек', address: 'ул. Киевская, 1', place: '' }), query: 'кы', match: false },
		{ haystack: jal, query: 'Неман'.normalize('NFD'), match: true },
		{ haystack: bokonbaev, query: 'айыл окмоту', match: true },
		{ haystack: chuy, query: 'проспект чуй', match: true },
		{ haystack: chuy, query: 'пр чуй', match: true },
		{ haystack: chuy, query: 'улица чуй', match: false },
		{ haystack: kyrgyzStreet, query: 'ул ленина', match: false },
		{ haystack: kyrgyzStreet, query: 'ул ленин', match: true },
		{ haystack: kyrgyzStreet, query: 'көчө', match: true },
	])('«$query» in «$haystack» → $match', ({ haystack, query, match }) => {
		expect(matchesQuery(haystack, query)).toBe(match);
	});

	test('a repeated query over many haystacks gives each its own answer', () => {
		const haystacks = [akhunbaeva, jal, karaBalta, akhunbaeva];
		expect(haystacks.map((haystack) => matchesQuery(haystack, 'бишкек'))).toEqual([true, true, false, true]);
		expect(haystacks.map((haystack) => matchesQuery(haystack, 'народный'))).toEqual([false, false, true, false]);
	});
});

describe('terminalSearchText', () => {
	test.each([
		[
			{ city: 'Бишкек', address: 'ул. Ахунбаева, 119', place: 'филиал ОАО «Оптима Банк»' },
			'бишкек ул улица кочосу ахунбаева 119 филиал оао оптима банк',
		],
		[{ city: 'Кара-Балта', address: 'мкр. Восток-5, д. 3', place: '' }, 'карабалта мкр мкрн мн микрорайон восток5 д 3'],
		[{ city: '', address: '', place: '' }, ''],
	])('%j → %s', (terminal, folded) => {
		expect(cyrillicHalf(terminalSearchText(terminal))).toBe(folded);
	});
});
