import { describe, expect, test } from 'vitest';
import { groupKey, groupTerminals } from '../../../src/lib/finder/group-terminals.ts';

const row = (n: number, region: string, city: string) => ({ n, region, city });

describe('groupTerminals', () => {
	test.each([
		{ name: 'no terminals, no groups', rows: [], expected: [] },
		{
			name: 'regions and settlements where the list first names them, terminals in list order',
			rows: [
				row(1, 'г. Бишкек', 'Бишкек'),
				row(2, 'Чуйская область', 'Токмок'),
				row(3, 'Чуйская область', 'Кант'),
				row(4, 'г. Бишкек', 'Бишкек'),
				row(5, 'Чуйская область', 'Токмок'),
			],
			expected: [
				{
					region: 'г. Бишкек',
					count: 2,
					settlements: [{ settlement: 'Бишкек', terminals: [row(1, 'г. Бишкек', 'Бишкек'), row(4, 'г. Бишкек', 'Бишкек')] }],
				},
				{
					region: 'Чуйская область',
					count: 3,
					settlements: [
						{ settlement: 'Токмок', terminals: [row(2, 'Чуйская область', 'Токмок'), row(5, 'Чуйская область', 'Токмок')] },
						{ settlement: 'Кант', terminals: [row(3, 'Чуйская область', 'Кант')] },
					],
				},
			],
		},
		{
			name: 'two spellings of one name are one group, named as first printed',
			rows: [row(1, 'Чуйская область', 'Кара-Балта'), row(2, 'Чуйская  область ', 'Карабалта'), row(3, 'чуйская область', ' КАРА-БАЛТА')],
			expected: [
				{
					region: 'Чуйская область',
					count: 3,
					settlements: [
						{
							settlement: 'Кара-Балта',
							terminals: [
								row(1, 'Чуйская область', 'Кара-Балта'),
								row(2, 'Чуйская  область ', 'Карабалта'),
								row(3, 'чуйская область', ' КАРА-БАЛТА'),
							],
						},
					],
				},
			],
		},
		{
			name: 'one settlement name in two regions stays two groups',
			rows: [row(1, 'г. Ош', 'Ош'), row(2, 'Ошская область', 'Ош')],
			expected: [
				{ region: 'г. Ош', count: 1, settlements: [{ settlement: 'Ош', terminals: [row(1, 'г. Ош', 'Ош')] }] },
				{ region: 'Ошская область', count: 1, settlements: [{ settlement: 'Ош', terminals: [row(2, 'Ошская область', 'Ош')] }] },
			],
		},
		{
			name: 'empty cells make their own group',
			rows: [row(1, '', ''), row(2, '', 'Араван'), row(3, '', '')],
			expected: [
				{
					region: '',
					count: 3,
					settlements: [
						{ settlement: '', terminals: [row(1, '', ''), row(3, '', '')] },
						{ settlement: 'Араван', terminals: [row(2, '', 'Араван')] },
					],
				},
			],
		},
	])('$name', ({ rows, expected }) => {
		expect(groupTerminals(rows)).toEqual(expected);
	});
});

describe('groupKey', () => {
	test.each([
		['Кара-Балта', 'карабалта'],
		['г. Бишкек', 'г бишкек'],
		['Ысык-Көл облусу', 'ысыккол облусу'],
		['Чолпон-Ата', 'чолпоната'],
		['  ', ''],
	])('%s → %s', (name, key) => {
		expect(groupKey(name)).toBe(key);
	});
});
