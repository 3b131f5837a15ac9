import { expect, test } from 'vitest';
import { groupTerminals } from '../../../src/lib/terminal-list/group-terminals.ts';
import { terminal } from './fixture.ts';

const summary = (terminals: Parameters<typeof groupTerminals>[0]) =>
	groupTerminals(terminals).map(({ region, count, settlements }) => ({
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
		{ region: 'г. Бишкек', count: 2, settlements: ['Бишкек: 1,5'] },
		{ region: 'Ошская область', count: 3, settlements: ['Кара-Суу: 2,3', 'Ноокат: 4'] },
	]);
});

test('keeps terminals with no region or settlement, in a group of their own', () => {
	expect(summary([terminal({ n: 1, region: '', city: '' }), terminal({ n: 2 })])).toEqual([
		{ region: '', count: 1, settlements: [': 1'] },
		{ region: 'г. Бишкек', count: 1, settlements: ['Бишкек: 2'] },
	]);
});

test('an empty list gives no groups', () => {
	expect(groupTerminals([])).toEqual([]);
});
