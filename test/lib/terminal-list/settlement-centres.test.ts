import { expect, test } from 'vitest';
import { settlementCentres } from '../../../src/lib/terminal-list/settlement-centres.ts';
import { placeOf } from '../../../src/loaders/terminals/place-namer.ts';
import { terminal } from './fixture.ts';

const osh = { lat: 40.53, lng: 72.8 };
const bishkek = { lat: 42.87, lng: 74.59 };

test('lists each settlement with a known centre once, alphabetically', () => {
	expect(
		settlementCentres(
			[
				terminal({ n: 1, city: 'Ош', region: 'г. Ош', centre: osh }),
				terminal({ n: 2, city: 'Бишкек', centre: bishkek }),
				terminal({ n: 3, city: 'Ош', region: 'г. Ош', centre: osh }),
				terminal({ n: 4, city: 'Ёлкино' }),
				terminal({ n: 5, city: '', region: '', centre: bishkek }),
			],
			placeOf,
			'ru',
		),
	).toEqual([
		{ city: 'Бишкек', region: 'г. Бишкек', ...bishkek },
		{ city: 'Ош', region: 'г. Ош', ...osh },
	]);
});

test('names each settlement in the page’s language, once however the list spells it, the centre to about 100 m', () => {
	const suluktu = { lat: 39.93652, lng: 69.56779 };
	const terminals = [
		terminal({ n: 1, city: 'г. Сулюкта', region: 'Баткенская область', centre: suluktu }),
		terminal({ n: 2, city: 'Сүлүктү', region: 'Баткен облусу', centre: suluktu }),
	];
	expect(settlementCentres(terminals, placeOf, 'ky')).toEqual([{ city: 'Сүлүктү', region: 'Баткен облусу', lat: 39.937, lng: 69.568 }]);
	expect(settlementCentres(terminals, placeOf, 'ru')).toEqual([
		{ city: 'Сулюкта', region: 'Баткенская область', lat: 39.937, lng: 69.568 },
	]);
});

test('two settlements of one name in different regions stay apart', () => {
	const centres = settlementCentres(
		[
			terminal({ n: 1, city: 'Ленинское', region: 'Чуйская область', centre: bishkek }),
			terminal({ n: 2, city: 'Ленинское', region: 'Джалал-Абадская область', centre: osh }),
		],
		placeOf,
		'ru',
	);
	expect(centres.map(({ region }) => region)).toEqual(['Джалал-Абадская область', 'Чуйская область']);
});
