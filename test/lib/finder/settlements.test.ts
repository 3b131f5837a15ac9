import { expect, test } from 'vitest';
import { settlementChoices } from '../../../src/lib/finder/settlements.ts';

const terminals = [
	{ region: 'г. Бишкек', city: 'Бишкек', lat: 42.87, lng: 74.59, precision: 'settlement', centre: { lat: 42.87, lng: 74.59 } },
	{ region: 'Иссык-Кульская область', city: 'Каракол', lat: 42.49, lng: 78.39, precision: 'exact', centre: { lat: 42.4907, lng: 78.3936 } },
	{ region: 'г. Бишкек', city: 'Бишкек', lat: 42.8755, lng: 74.571, precision: 'exact', centre: { lat: 42.87, lng: 74.59 } },
	// No centre on the first row of Өзгөн: the second one's counts, and the first still counts as a terminal.
	{ region: 'Ошская область', city: 'Өзгөн', lat: 40.77, lng: 73.3, precision: 'exact' },
	{ region: 'Ошская область', city: 'Өзгөн', lat: 40.7699, lng: 73.3007, precision: 'settlement' },
	{ region: 'Ошская область', city: 'Ош', lat: 40.5283, lng: 72.7985, precision: 'settlement' },
	{ region: 'г. Ош', city: 'Ош', lat: 40.53, lng: 72.8, precision: 'settlement', centre: { lat: 40.53, lng: 72.8 } },
	// Only exact positions and no centre: no honest centre to sort from.
	{ region: 'Чуйская область', city: 'Кант', lat: 42.89, lng: 74.85, precision: 'exact' },
	{ region: 'Нарынская область', city: 'Нарын', precision: 'none' },
	{ region: 'Баткенская область', city: '', lat: 40.06, lng: 70.82, precision: 'settlement' },
	{ region: 'Чуйская область', city: 'Ортосай', lat: 42.83, lng: 74.6, precision: 'settlement' },
] as const;

const bishkek = { key: 'г бишкек|бишкек', name: 'Бишкек', region: 'г. Бишкек', centre: { lat: 42.87, lng: 74.59 }, count: 2 };
const karakol = {
	key: 'иссыккульская область|каракол',
	name: 'Каракол',
	region: 'Иссык-Кульская область',
	centre: { lat: 42.4907, lng: 78.3936 },
	count: 1,
};
const ozgon = { key: 'ошская область|озгон', name: 'Өзгөн', region: 'Ошская область', centre: { lat: 40.7699, lng: 73.3007 }, count: 2 };
const osh = { key: 'г ош|ош', name: 'Ош', region: 'г. Ош', centre: { lat: 40.53, lng: 72.8 }, count: 1 };
const oshInRegion = { key: 'ошская область|ош', name: 'Ош', region: 'Ошская область', centre: { lat: 40.5283, lng: 72.7985 }, count: 1 };
const ortosay = { key: 'чуйская область|ортосай', name: 'Ортосай', region: 'Чуйская область', centre: { lat: 42.83, lng: 74.6 }, count: 1 };

test.each([
	// Kyrgyz order: Ө comes after О, so Өзгөн follows Ортосай and Ош.
	{ locale: 'ky', expected: [bishkek, karakol, ortosay, osh, oshInRegion, ozgon] },
	{ locale: 'ru', expected: [bishkek, karakol, ortosay, osh, oshInRegion, ozgon] },
])('$locale', ({ locale, expected }) => {
	expect(settlementChoices(terminals, locale)).toEqual(expected);
});

test('no terminals, no choices', () => {
	expect(settlementChoices([], 'ky')).toEqual([]);
});
