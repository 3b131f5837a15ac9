import { describe, expect, test } from 'vitest';
import type { PageContent, TextItem } from '../../../../src/lib/terminal-pdf/page-content.ts';
import { readTerminalTable } from '../../../../src/lib/terminal-pdf/read-terminal-table.ts';
import { synonyms } from '../synonyms.ts';
import { hRule, item, row, syntheticPage, vRule } from '../synthetic-page.ts';

// Property-style: many tables drawn from a seed, each followed by what real documents print
// after a table, and the rows must come back exactly, whatever follows them.

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const x = { n: 40, city: 70, address: 160, place: 320, hours: 470 };
const header = (y: number) =>
	row(y, [
		['№', x.n],
		['Город', x.city],
		['Адрес', x.address],
		['Место установки', x.place],
		['Режим работы', x.hours],
	]);
const streets = ['ул. Ленина', 'пр. Чуй', 'ул. Токтогула', 'ул. Манаса', 'мкр. Восток-5'];
const cities = ['Бишкек', 'Ош', 'Кант', 'Токмок', 'Каракол'];

interface Drawn {
	items: TextItem[];
	addresses: string[];
	bottom: number;
}

/** `count` rows from `top`, numbered from `first`, one line each or an address wrapped over two. */
function rows(next: () => number, first: number, count: number, top: number, pitch: number): Drawn {
	const items: TextItem[] = [];
	const addresses: string[] = [];
	let y = top;
	for (let i = 0; i < count; i++) {
		const street = `${streets[Math.floor(next() * streets.length)]}, ${1 + Math.floor(next() * 200)}`;
		const wrapped = next() < 0.3;
		const address = wrapped ? [street, 'угол ул. Фрунзе'] : [street];
		addresses.push(address.join(' '));
		items.push(
			...row(y, [
				[String(first + i), x.n],
				[cities[Math.floor(next() * cities.length)] as string, x.city],
				[address, x.address],
				['АЗС', x.place],
				['24/7', x.hours],
			]),
		);
		y += pitch + (wrapped ? 12 : 0);
	}
	return { items, addresses, bottom: y };
}

// What follows a table: one line or a block, each running across the columns.
const afterTable = [
	(y: number) => [item('* Терминалы в торговых центрах работают в часы работы центра и в праздничные дни.', x.n, y)],
	(y: number) =>
		Array.from({ length: 8 }, (_, i) =>
			item(`${i + 1}. Пункт положения о порядке обслуживания клиентов банка номер ${i + 1} и его приложения.`, x.n, y + 14 * i),
		),
	(y: number) => [
		item('Контакты: ОАО «Оптима Банк», г. Бишкек, ул. Токтогула, 125/1, тел. +996 312 90 59 59', x.n, y),
		item('1. Контакт-центр работает круглосуточно, звонок по Кыргызстану бесплатный для всех абонентов.', x.n, y + 14),
		item('2. Жалобы и предложения принимаются на сайте банка и в любом его отделении по всей стране.', x.n, y + 28),
	],
];

const seeds = Array.from({ length: 30 }, (_, i) => i + 1);

describe('the table ends where the table ends', () => {
	test.each(seeds)('seed %i: no rulings, anything after the last row is no terminal', async (seed) => {
		const next = random(seed);
		const count = 3 + Math.floor(next() * 15);
		const pitch = 14 + Math.floor(next() * 6);
		const drawn = rows(next, 1, count, 120, pitch);
		const after = afterTable[seed % afterTable.length]?.(drawn.bottom + pitch * (1 + next())) ?? [];
		const page = syntheticPage([...header(100), ...drawn.items, ...after]);
		const { terminals } = await readTerminalTable([page], synonyms);
		expect(terminals.map(({ n, address }) => [n, address])).toEqual(drawn.addresses.map((address, i) => [i + 1, address]));
	});

	test.each(seeds)('seed %i: ruled, the notes after the last ruling are no terminal', async (seed) => {
		const next = random(seed);
		const count = 3 + Math.floor(next() * 10);
		const pitch = 16;
		const drawn = rows(next, 1, count, 120, pitch);
		// One ruling above each row and under the last; wrapped rows made the pitch uneven, so rulings go by the rows' own tops.
		const tops = drawn.items.filter((one) => one.x === x.n).map((one) => one.y - 2);
		const rules = [96, ...tops, drawn.bottom - 2].map((y) => hRule(y, 36, 560));
		const after = afterTable[(seed + 1) % afterTable.length]?.(drawn.bottom + 6) ?? [];
		const page = syntheticPage(
			[...header(100), ...drawn.items, ...after],
			[...rules, vRule(36, 96, drawn.bottom - 2), vRule(560, 96, drawn.bottom - 2)],
		);
		const { terminals } = await readTerminalTable([page], synonyms);
		expect(terminals.map(({ n, address }) => [n, address])).toEqual(drawn.addresses.map((address, i) => [i + 1, address]));
	});
});

describe('page furniture is never a row', () => {
	const running = (y: number) => item('ОАО «Оптима Банк» · Перечень терминалов · по состоянию на 01.11.2026', x.n, y, 8);
	const footer = (page: number, pages: number) => item(`Перечень терминалов, лист ${page} из ${pages}`, 400, 815, 8);

	test.each(seeds)('seed %i: a running header and footer over a list broken across pages', async (seed) => {
		const next = random(seed);
		const pages = 2 + Math.floor(next() * 3);
		const content: PageContent[] = [];
		const addresses: string[] = [];
		let first = 1;
		for (let number = 1; number <= pages; number++) {
			const count = 2 + Math.floor(next() * 6);
			// Under the running header, the table's header on the first page only; rows start right under either.
			const top = number === 1 ? 70 : 32 + Math.floor(next() * 6);
			const drawn = rows(next, first, count, number === 1 ? top + 20 : top, 14);
			addresses.push(...drawn.addresses);
			first += count;
			const table = number === 1 ? [item('Перечень терминалов', x.n, 44, 14), ...header(top)] : [];
			content.push(syntheticPage([running(20), ...table, ...drawn.items, footer(number, pages)], [], number));
		}
		const list = await readTerminalTable(content, synonyms);
		expect(list.terminals.map(({ n, address }) => [n, address])).toEqual(addresses.map((address, i) => [i + 1, address]));
		expect(list.terminals.every(({ city, place, hours }) => !`${city}${place}${hours}`.includes('Перечень'))).toBe(true);
		expect(list.title).toBe('Перечень терминалов');
		expect(list.date).toBe('01.11.2026');
	});
});

describe('a page without a header continues the table only while it has not ended', () => {
	const first = (after: TextItem[]) =>
		syntheticPage([
			...header(100),
			...row(120, [
				['1', x.n],
				['Ош', x.city],
				['ул. Ленина, 1', x.address],
				['АЗС', x.place],
				['24/7', x.hours],
			]),
			...after,
		]);
	const second = syntheticPage(
		[
			...row(40, [
				['2', x.n],
				['Ош', x.city],
				['ул. Ленина, 2', x.address],
				['АЗС', x.place],
				['24/7', x.hours],
			]),
			item('1. Пункт положения о порядке обслуживания клиентов банка и его приложения к договору.', x.n, 70),
		],
		[],
		2,
	);

	test('a short footer under page 1 rows does not end the table', async () => {
		const { terminals } = await readTerminalTable([first([item('Обновлено: 01.11.2026', x.address, 780)]), second], synonyms);
		expect(terminals.map(({ n }) => n)).toEqual([1, 2]);
	});

	test('notes across the columns under page 1 rows end it: the next page is no continuation', async () => {
		const notes = [item('* Терминалы в торговых центрах работают в часы работы центра и в праздничные дни.', x.n, 150)];
		const { terminals } = await readTerminalTable([first(notes), second], synonyms);
		expect(terminals.map(({ n }) => n)).toEqual([1]);
	});
});
