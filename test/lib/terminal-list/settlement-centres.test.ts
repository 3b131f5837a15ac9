import { expect, test } from 'vitest';
import { settlementCentres } from '../../../src/lib/terminal-list/settlement-centres.ts';
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
				terminal({ n: 5, city: '', centre: bishkek }),
			],
			'ru',
		),
	).toEqual([
		{ city: 'Бишкек', region: 'г. Бишкек', ...bishkek },
		{ city: 'Ош', region: 'г. Ош', ...osh },
	]);
});

test('two settlements of one name in different regions stay apart', () => {
	const centres = settlementCentres(
		[
			terminal({ n: 1, city: 'Ленинское', region: 'Чуйская область', centre: bishkek }),
			terminal({ n: 2, city: 'Ленинское', region: 'Джалал-Абадская область', centre: osh }),
		],
		'ru',
	);
	expect(centres.map(({ region }) => region)).toEqual(['Джалал-Абадская область', 'Чуйская область']);
});
