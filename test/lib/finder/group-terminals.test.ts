import { describe, expect, test } from 'vitest';
import { uiStrings } from '../../../src/lib/i18n/translations.ts';
import { groupTerminals } from '../../../src/lib/finder/group-terminals.ts';
import { placeOf } from '../../../src/loaders/terminals/place-namer.ts';
import { terminal } from './fixture.ts';

const summary = (terminals: Parameters<typeof groupTerminals>[0], locale: 'ky' | 'ru' = 'ru') =>
	groupTerminals(terminals, placeOf, locale).map(({ region, count, settlements }) => ({
		region,
		count,
		settlements: settlements.map(({ city, terminals: list }) => `${city}: ${list.map(({ n }) => n).join(',')}`),
	}));

test('groups by region, then settlement, in the order the list first names them, terminals in list order', () => {
	expect(
		summary([
			terminal({ n: 3, region: 'Ошская область', city: 'Кара-Суу' }),
			terminal({ n: 1, region: 'г. Бишкек', city: 'Бишкек' }),
			terminal({ n: 4, region: 'Ошская область', city: 'Ноокат' }),
			terminal({ n: 2, region: 'Ошская область', city: 'Кара-Суу' }),
			terminal({ n: 5, region: 'г. Бишкек', city: 'Бишкек' }),
		]),
	).toEqual([
		{ region: uiStrings.ru['terminals.region.bishkek'], count: 2, settlements: ['Бишкек: 1,5'] },
		{ region: 'Ошская область', count: 3, settlements: ['Кара-Суу: 2,3', 'Ноокат: 4'] },
	]);
});

describe('a region or settlement printed several ways is one group, named in the page’s language', () => {
	const mixed = [
		terminal({ n: 1, region: 'Чүй облусу / Чуйская область', city: 'г. Токмак' }),
		terminal({ n: 2, region: 'Чуйская обл.', city: 'Токмок шаары' }),
		terminal({ n: 3, region: 'Баткен облусу', city: 'г. Сулюкта' }),
		terminal({ n: 4, region: 'Баткенская область', city: 'Сүлүктү' }),
	];
	test.each([
		[
			'ky',
			[
				{ region: 'Чүй облусу', count: 2, settlements: ['Токмок: 1,2'] },
				{ region: 'Баткен облусу', count: 2, settlements: ['Сүлүктү: 3,4'] },
			],
		],
		[
			'ru',
			[
				{ region: 'Чуйская область', count: 2, settlements: ['Токмак: 1,2'] },
				{ region: 'Баткенская область', count: 2, settlements: ['Сулюкта: 3,4'] },
			],
		],
	] as const)('%s', (locale, groups) => {
		expect(summary(mixed, locale)).toEqual(groups);
	});

	test('the names search needs beside the shown ones are carried once per group', () => {
		const [chui, batken] = groupTerminals(mixed, placeOf, 'ky');
		expect(chui?.names).toBe('Чуйская область г шаары');
		expect(chui?.settlements[0]?.names).toBe('Токмак');
		expect(batken?.settlements[0]?.names).toBe('Сулюкта');
	});
});

test('keeps terminals with no region or settlement, in a group of their own', () => {
	expect(summary([terminal({ n: 1, region: '', city: '' }), terminal({ n: 2 })])).toEqual([
		{ region: '', count: 1, settlements: [': 1'] },
		{ region: uiStrings.ru['terminals.region.bishkek'], count: 1, settlements: ['Бишкек: 2'] },
	]);
});

test('a region the list prints but no rule recognises is shown as printed', () => {
	expect(summary([terminal({ n: 1, region: 'Чаткальский район', city: 'Каныш-Кыя' })])).toEqual([
		{ region: 'Чаткальский район', count: 1, settlements: ['Каныш-Кыя: 1'] },
	]);
});

test('an empty list gives no groups', () => {
	expect(groupTerminals([], placeOf, 'ru')).toEqual([]);
});

describe('what the settlement picker reads from each settlement group', () => {
	const suluktu = { lat: 39.93652, lng: 69.56779 };
	test('its centre once however the list spells it, to about 100 m; none when the gazetteer has none', () => {
		const groups = groupTerminals(
			[
				terminal({ n: 1, city: 'г. Сулюкта', region: 'Баткенская область', centre: suluktu }),
				terminal({ n: 2, city: 'Сүлүктү', region: 'Баткен облусу', centre: suluktu }),
				terminal({ n: 3, city: 'Ёлкино', region: 'Баткенская область' }),
			],
			placeOf,
			'ky',
		);
		expect(groups[0]?.settlements.map(({ city, centre }) => [city, centre])).toEqual([
			['Сүлүктү', '39.937,69.568'],
			['Ёлкино', undefined],
		]);
	});

	test('a name two settlements share is labelled with its region, the others are not', () => {
		const groups = groupTerminals(
			[
				terminal({ n: 1, city: 'Ленинское', region: 'Чуйская область', centre: { lat: 42.8, lng: 74.6 } }),
				terminal({ n: 2, city: 'Ленинское', region: 'Джалал-Абадская область', centre: { lat: 41, lng: 72 } }),
				terminal({ n: 3, city: 'Бишкек' }),
			],
			placeOf,
			'ru',
		);
		expect(groups.flatMap(({ settlements }) => settlements.map(({ label }) => label))).toEqual([
			'Ленинское (Чуйская область)',
			'Ленинское (Джалал-Абадская область)',
			undefined,
		]);
	});
});
