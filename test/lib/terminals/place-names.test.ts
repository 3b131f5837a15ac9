import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { foldForSearch, matchesQuery } from '../../../src/lib/finder/search.ts';
import { GazetteerSchema } from '../../../src/lib/terminals/gazetteer-schema.ts';
import { PlaceNamesSchema } from '../../../src/lib/terminals/place-names-schema.ts';
import { extraSpellings, placeNamer } from '../../../src/lib/terminals/place-names.ts';
import { cyrillicSpellings } from '../../../src/lib/terminals/transliterate.ts';
import { placeOf } from '../../../src/loaders/terminals/place-namer.ts';
import { matcher, root } from './content.ts';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const table = PlaceNamesSchema.parse(json('content/terminals/place-names.json'));
const gazetteer = GazetteerSchema.parse(json('content/terminals/gazetteer.json'));

describe('the name table, content/terminals/place-names.json', () => {
	test('names only settlements the gazetteer has, each once', () => {
		const names = table.places.flatMap(({ geonames }) => (geonames ? [geonames] : []));
		expect(names.filter((name) => !gazetteer.places.some((place) => place.name === name))).toEqual([]);
		expect(new Set(names).size).toBe(names.length);
	});

	test('gives no spelling to two settlements', () => {
		const spellings = table.places.flatMap((entry) => [...new Set([entry.ru, entry.ky, ...(entry.also ?? [])])]);
		expect(spellings.filter((name, i) => spellings.indexOf(name) !== i)).toEqual([]);
	});

	test('its names are matched to the gazetteer by the loader too, in their region', () => {
		expect(matcher.match('Кочкорка', 'naryn')).toMatchObject({ place: { name: 'Kochkor' } });
		expect(matcher.match('Балыкчи', 'issyk-kul')).toMatchObject({ place: { name: 'Balykchy' } });
		expect(matcher.match('Базар-Курган', 'jalal-abad')).toMatchObject({ place: { name: 'Bazar-Korgon' } });
	});
});

// The list: each row's spellings, printed, typed or looked up, are one settlement.
const sameSettlement: readonly (readonly [string, readonly string[]])[] = [
	['Баткенская область', ['Сулюкта', 'Сүлүктү', 'Sulyukta', 'Suluktu']],
	['Ошская область', ['Узген', 'Өзгөн', 'Uzgen', 'Özgön']],
	['Чуйская область', ['Токмак', 'Токмок', 'Tokmok', 'Tokmak']],
	['Нарынская область', ['Кочкорка', 'Кочкор', 'Kochkor', 'Kochkorka']],
	['Нарынская область', ['Ат-Баши', 'Ат-Башы', 'At-Bashy', 'At-Bashi']],
	['Иссык-Кульская область', ['Балыкчи', 'Балыкчы', 'Balykchy']],
	['Джалал-Абадская область', ['Базар-Коргон', 'Базар-Курган', 'Bazar-Korgon']],
	['Джалал-Абадская область', ['Джалал-Абад', 'Жалал-Абад', 'Jalal-Abad', 'Dzhalal-Abad']],
	['г. Бишкек', ['Бишкек', 'Bishkek']],
	['Иссык-Кульская область', ['Каракол', 'Karakol']],
];

describe.each(sameSettlement)('in %s', (region, spellings) => {
	const printed = spellings.filter((name) => /\p{Script=Cyrillic}/u.test(name));
	test.each(printed)('printed «%s», the list names one settlement', (city) => {
		const keys = new Set(printed.map((name) => placeOf({ region, city: name }).settlement.key));
		expect(keys).toEqual(new Set([placeOf({ region, city }).settlement.key]));
	});

	test.each(printed.flatMap((city) => spellings.map((query) => [city, query] as const)))(
		'printed «%s», a search for «%s» finds it on both pages',
		(city, query) => {
			const { settlement } = placeOf({ region, city });
			for (const shown of Object.values(settlement.shown)) {
				const carried = extraSpellings(settlement.spellings, shown);
				expect(matchesQuery(foldForSearch([shown, ...carried].join(' ')), query)).toBe(true);
			}
		},
	);
});

describe('names shown', () => {
	test.each([
		['Баткенская область', 'г. Сулюкта', { ru: 'Сулюкта', ky: 'Сүлүктү' }],
		['Баткен облусу', 'Сүлүктү шаары', { ru: 'Сулюкта', ky: 'Сүлүктү' }],
		['Ошская область', 'г. Узген', { ru: 'Узген', ky: 'Өзгөн' }],
		['Нарынская обл.', 'с. Кочкорка', { ru: 'Кочкорка', ky: 'Кочкор' }],
		// Not in the table: shown as printed, on both pages.
		['Чуйская область', 'с. Шопоков', { ru: 'Шопоков', ky: 'Шопоков' }],
		['', '', { ru: '', ky: '' }],
	])('%s, %s → %j', (region, city, shown) => {
		expect(placeOf({ region, city }).settlement.shown).toEqual(shown);
	});
});

describe('extraSpellings', () => {
	test('carries only what search would not find in the shown name and the spellings already carried', () => {
		expect(extraSpellings(['Балыкчи', 'Balykchy', 'Рыбачье', 'рыбачье', 'Балыкчы'], 'Балыкчы')).toEqual(['Рыбачье']);
		expect(extraSpellings(['Kara Suu', 'Кара-Суу'], 'Кара-Суу')).toEqual([]);
		expect(extraSpellings(['Токмак', 'Tokmok'], 'Токмок')).toEqual(['Токмак']);
	});
});

describe('placeNamer with a table of its own', () => {
	const namer = placeNamer(
		gazetteer,
		{},
		{
			about: '',
			places: [
				{ ru: 'Майлуу-Суу', ky: 'Майлуу-Суу', also: ['Майли-Сай'] },
				{ geonames: 'Kaindy', ru: 'Каинды', ky: 'Кайынды' },
			],
		},
	);
	test('an entry without a GeoNames name is found by its names', () => {
		expect(namer({ region: 'Джалал-Абадская область', city: 'г. Майли-Сай' }).settlement.shown).toEqual({
			ru: 'Майлуу-Суу',
			ky: 'Майлуу-Суу',
		});
	});
	test('a table name is an alias: «Кайынды» is matched to Kaindy', () => {
		expect(namer({ region: 'Чуйская область', city: 'Кайынды' }).settlement.key).toBe('02:Kaindy');
	});
});

describe('cyrillicSpellings', () => {
	test.each([
		['Jalal-Abad', ['джалал-абад', 'жалал-абад']],
		['Tokmok', ['токмок']],
		['Balykchy', ['балыкчы']],
		['Bokombayevskoye', ['бокомбаевское']],
		['Kyzyl-Kyya', ['кызыл-кыя']],
		['Tyup', ['тюп']],
		['Chayek', ['чаек']],
		['Kara-Kul’', ['кара-куль']],
		['Kyzyl-Eshme', ['кызыл-эшме']],
		['Üch-Terek', ['уч-терек']],
		['Khaydarkan', ['хайдаркан']],
		['Ivanovo-Alekseyevka', ['иваново-алексеевка']],
	])('%s → %j', (latin, cyrillic) => {
		expect(cyrillicSpellings(latin)).toEqual(cyrillic);
	});
});
