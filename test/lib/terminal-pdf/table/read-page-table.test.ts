import { describe, expect, test } from 'vitest';
import { findDate } from '../../../../src/lib/terminal-pdf/document/title-and-date.ts';
import { wordsText } from '../../../../src/lib/terminal-pdf/table/group-lines.ts';
import type { PageContent } from '../../../../src/lib/terminal-pdf/page-content.ts';
import { readPageTable } from '../../../../src/lib/terminal-pdf/table/read-page-table.ts';
import { readTerminalTable } from '../../../../src/lib/terminal-pdf/read-terminal-table.ts';
import { matcher, synonyms } from '../synonyms.ts';
import { hRule, item, row, syntheticPage, vRule } from '../synthetic-page.ts';

const readTerminals = (pages: PageContent[]) => readTerminalTable(pages, synonyms);

const ky = { n: 40, city: 70, address: 150, place: 300, hours: 450, note: 520 };
const unruledHeader = [
	...row(100, [
		['№', ky.n],
		['Шаар', ky.city],
		['Дарек', ky.address],
		['Орнотулган жери', ky.place],
		['Иш убактысы', ky.hours],
		['Примечание', ky.note],
	]),
	...row(112, [
		['Город', ky.city],
		['Адрес', ky.address],
		['Место установки', ky.place],
		['Режим работы', ky.hours],
	]),
];

describe('a table without rulings', () => {
	const page = syntheticPage([
		item('Терминалдар', 40, 60, 14),
		...unruledHeader,
		item('Чүй облусу', ky.n, 130),
		...row(145, [
			['1', ky.n],
			['Кант', ky.city],
			[['ул. Ленина, 54а,', 'угол ул. Фрунзе'], ky.address],
			['АЗС', ky.place],
			[['09:00–', '18:00'], ky.hours],
			['нал.', ky.note],
		]),
		...row(175, [
			['2', ky.n],
			['Токмок', ky.city],
			['ул. Ленина, 226', ky.address],
			['күнү-түнү', ky.hours],
		]),
		item('Страница 1 из 2', 250, 800),
	]);

	test('finds the stacked header and maps each column, ignoring the unknown one', () => {
		const columns = readPageTable(page, matcher, undefined)?.columns;
		expect(columns?.map(({ field }) => field)).toEqual(['n', 'city', 'address', 'place', 'hours', undefined]);
		expect(columns?.map(({ header }) => header)).toEqual([
			'№',
			'Шаар Город',
			'Дарек Адрес',
			'Орнотулган жери Место установки',
			'Иш убактысы Режим работы',
			'Примечание',
		]);
	});

	test('reads wrapped cells, empty cells and the section row above, and leaves out the page number', async () => {
		expect((await readTerminals([page])).terminals).toEqual([
			{ n: 1, region: 'Чүй облусу', city: 'Кант', address: 'ул. Ленина, 54а, угол ул. Фрунзе', place: 'АЗС', hours: '09:00–18:00' },
			{ n: 2, region: 'Чүй облусу', city: 'Токмок', address: 'ул. Ленина, 226', place: '', hours: 'күнү-түнү' },
		]);
	});

	test('a header printed again under a section is not a row', async () => {
		const repeated = syntheticPage([
			...unruledHeader,
			...row(130, [
				['1', ky.n],
				['Кант', ky.city],
				['ул. Ленина, 54а', ky.address],
				['АЗС', ky.place],
				['24/7', ky.hours],
			]),
			item('Ош облусу', ky.n, 150),
			...unruledHeader.map((one) => ({ ...one, y: one.y + 65 })),
			...row(190, [
				['2', ky.n],
				['Ноокат', ky.city],
				['ул. Ноокатская, 3', ky.address],
				['АЗС', ky.place],
				['24/7', ky.hours],
			]),
		]);
		expect((await readTerminals([repeated])).terminals.map(({ n, region, address }) => [n, region, address])).toEqual([
			[1, '', 'ул. Ленина, 54а'],
			[2, 'Ош облусу', 'ул. Ноокатская, 3'],
		]);
	});

	test('a footer far under the table is no row, and is where a date printed at the foot is found', async () => {
		const footed = syntheticPage([
			...unruledHeader,
			...row(130, [
				['1', ky.n],
				['Кант', ky.city],
				['ул. Ленина, 54а', ky.address],
			]),
			item('Жаңыртылды: 20.11.2026', ky.city, 780),
		]);
		const table = readPageTable(footed, matcher, undefined);
		expect(table?.rows.map((one) => one.lines.map((line) => wordsText(line.words)))).toEqual([['1 Кант ул. Ленина, 54а']]);
		expect(findDate(table?.below ?? [], synonyms.dateLabels)?.date).toBe('20.11.2026');
	});

	test('a page whose header has no rows under it gets a warning', async () => {
		const { warnings } = await readTerminals([page, syntheticPage(unruledHeader, [], 3)]);
		expect(warnings).toEqual([{ code: 'header-without-rows', page: 3 }]);
	});

	test('a later page without the header reuses the first page’s columns, and its section carries on', async () => {
		const next = syntheticPage(
			[
				...row(60, [
					['3', ky.n],
					['Кемин', ky.city],
					['ул. Манаса, 1', ky.address],
					['рынок', ky.place],
					['24/7', ky.hours],
				]),
			],
			[],
			2,
		);
		expect((await readTerminals([page, next])).terminals.at(-1)).toEqual({
			n: 3,
			region: 'Чүй облусу',
			city: 'Кемин',
			address: 'ул. Манаса, 1',
			place: 'рынок',
			hours: '24/7',
		});
	});

	test('keeps the lines above a number centred on a tall row when gaps show the rows', async () => {
		const centred = syntheticPage([
			...unruledHeader,
			...row(140, [[['мкр. Джал-29,', 'д. 1/2'], ky.address]]),
			...row(146, [
				['1', ky.n],
				['Бишкек', ky.city],
				['аптека', ky.place],
			]),
			...row(175, [[['ул. Ленина,', '205'], ky.address]]),
			...row(181, [
				['2', ky.n],
				['Ош', ky.city],
				['базар', ky.place],
			]),
		]);
		expect((await readTerminals([centred])).terminals.map(({ n, address }) => [n, address])).toEqual([
			[1, 'мкр. Джал-29, д. 1/2'],
			[2, 'ул. Ленина, 205'],
		]);
	});

	test('a later page of notes without the header and without numbered rows is left out', async () => {
		const notes = syntheticPage([item('Терминалдар', ky.address, 60), item('күнү-түнү', ky.address, 72)], [], 2);
		expect((await readTerminals([page, notes])).terminals.at(-1)?.address).toBe('ул. Ленина, 226');
	});

	test('without a «№» column, rows follow the gaps and a block in the city column alone is a section', async () => {
		const page = syntheticPage([
			...row(100, [
				['Шаар', 40],
				['Дарек', 150],
				['Иш убактысы', 300],
			]),
			item('Ош шаары / г. Ош', 40, 120),
			...row(138, [
				['Ош', 40],
				[['ул. Ленина,', '205'], 150],
				['24/7', 300],
			]),
			...row(168, [
				['Ош', 40],
				['пр. Масалиева, 42', 150],
			]),
			item('Чүй облусу', 40, 188),
			...row(206, [
				['Кант', 40],
				['ул. Ленина, 54а', 150],
				['24/7', 300],
			]),
		]);
		const { terminals, warnings } = await readTerminals([page]);
		expect(terminals.map(({ n, region, city, address }) => [n, region, city, address])).toEqual([
			[1, 'Ош шаары / г. Ош', 'Ош', 'ул. Ленина, 205'],
			[2, 'Ош шаары / г. Ош', 'Ош', 'пр. Масалиева, 42'],
			[3, 'Чүй облусу', 'Кант', 'ул. Ленина, 54а'],
		]);
		expect(warnings).toEqual([{ code: 'numbered-in-order' }]);
	});

	test('a header that names no address and no place is not a terminal table', () => {
		const contacts = syntheticPage([
			...row(100, [
				['Город', 40],
				['Телефон', 150],
				['Режим работы', 300],
			]),
			...row(115, [
				['Ош', 40],
				['0312 90 59 59', 150],
				['24/7', 300],
			]),
		]);
		expect(readPageTable(contacts, matcher, undefined)).toBeUndefined();
	});

	test('splits one text item that runs across two narrow columns', async () => {
		// pdf.js merges «1 Ош» into one item when the column gap is under 0.6 em.
		const tight = syntheticPage([
			item('№ Шаар Дарек', 40, 100),
			item('1 Ош', 40, 115),
			item('ул. Ленина, 205', 75, 115),
			item('2 Ош', 40, 130),
			item('пр. Масалиева, 42', 75, 130),
		]);
		expect((await readTerminals([tight])).terminals.map(({ n, city, address }) => [n, city, address])).toEqual([
			[1, 'Ош', 'ул. Ленина, 205'],
			[2, 'Ош', 'пр. Масалиева, 42'],
		]);
	});
});

describe('a ruled table', () => {
	const edges = [38, 60, 140, 290, 440, 540];
	const rules = [...[95, 120, 160, 200].map((y) => hRule(y, 38, 540)), ...edges.map((x) => vRule(x, 95, 200))];
	const header = row(105, [
		['№', 41],
		['Город', 62],
		['Адрес', 142],
		['Место установки', 292],
		['Режим работы', 442],
	]);

	test('uses the rulings for columns and rows, with the number centred on a three-line row', async () => {
		const page = syntheticPage(
			[
				...header,
				...row(123, [[['мкр. Джал-29,', 'д. 1/2, вход', 'со двора'], 142]]),
				...row(135, [
					['1', 41],
					['Бишкек', 62],
					['аптека', 292],
					['08:00–22:00', 442],
				]),
				...row(169, [[['филиал ОАО «Оптима', 'Банк»'], 292]]),
				...row(175, [
					['2', 41],
					['Ош', 62],
					['ул. Ленина, 205', 142],
				]),
			],
			rules,
		);
		expect((await readTerminals([page])).terminals).toEqual([
			{ n: 1, region: '', city: 'Бишкек', address: 'мкр. Джал-29, д. 1/2, вход со двора', place: 'аптека', hours: '08:00–22:00' },
			{ n: 2, region: '', city: 'Ош', address: 'ул. Ленина, 205', place: 'филиал ОАО «Оптима Банк»', hours: '' },
		]);
	});

	test('a row whose «№» cell is blank is numbered in the order printed, with a warning', async () => {
		const page = syntheticPage(
			[
				...header,
				...row(135, [
					['1', 41],
					['Бишкек', 62],
					['пр. Чуй, 155/1', 142],
				]),
				...row(175, [
					['Ош', 62],
					['ул. Ленина, 205', 142],
				]),
			],
			rules,
		);
		const { terminals, warnings } = await readTerminals([page]);
		expect(terminals.map(({ n, address }) => [n, address])).toEqual([
			[1, 'пр. Чуй, 155/1'],
			[2, 'ул. Ленина, 205'],
		]);
		expect(warnings).toEqual([
			{ code: 'unnumbered-row', n: 2, after: 1, page: 1 },
			{ code: 'empty-column', field: 'place', header: 'Место установки' },
			{ code: 'empty-column', field: 'hours', header: 'Режим работы' },
		]);
	});

	test('a row cut by the page break continues on the next page; a footer under the table is not a row', async () => {
		const first = syntheticPage(
			[
				...header,
				...row(125, [
					['1', 41],
					['Бишкек', 62],
					['пр. Чуй, 155/1', 142],
				]),
				...row(165, [
					['2', 41],
					['Ош', 62],
					[['ул. Ленина,', '205'], 142],
				]),
				item('© Оптима Банк', 142, 215),
			],
			[...[95, 120, 160].map((y) => hRule(y, 38, 540)), ...edges.map((x) => vRule(x, 95, 192))],
		);
		const second = syntheticPage(
			[...header, ...row(125, [['Борбордук базар', 292]])],
			[...[95, 120, 140].map((y) => hRule(y, 38, 540)), ...edges.map((x) => vRule(x, 95, 140))],
			2,
		);
		expect((await readTerminals([first, second])).terminals).toEqual([
			{ n: 1, region: '', city: 'Бишкек', address: 'пр. Чуй, 155/1', place: '', hours: '' },
			{ n: 2, region: '', city: 'Ош', address: 'ул. Ленина, 205', place: 'Борбордук базар', hours: '' },
		]);
	});

	test('a striped table: shading edges rule every other row, and the unshaded last row still counts', async () => {
		const shaded = (top: number, bottom: number) => [
			hRule(top, 38, 540),
			hRule(bottom, 38, 540),
			...edges.map((x) => vRule(x, top, bottom)),
		];
		const page = syntheticPage(
			[
				...header,
				...[125, 145, 165, 185].flatMap((y, index) =>
					row(y, [
						[String(index + 1), 41],
						['Ош', 62],
						[`ул. Ленина, ${index + 1}`, 142],
					]),
				),
			],
			[...shaded(95, 120), ...shaded(120, 140), ...shaded(160, 180)],
		);
		expect((await readTerminals([page])).terminals.map(({ n, address }) => [n, address])).toEqual([
			[1, 'ул. Ленина, 1'],
			[2, 'ул. Ленина, 2'],
			[3, 'ул. Ленина, 3'],
			[4, 'ул. Ленина, 4'],
		]);
	});

	test('a region merged down several rows goes to every row it spans, not only the one it sits beside', async () => {
		// The region column has no ruling between rows 1–3; every other column has.
		const page = syntheticPage(
			[
				...header.filter(({ str }) => str !== 'Город'),
				item('Область', 62, 105),
				...[125, 145, 165, 185].flatMap((y, index) =>
					row(y, [
						[String(index + 1), 41],
						[`ул. Ленина, ${index + 1}`, 142],
					]),
				),
				item('г. Ош', 62, 145),
				item('Чуй', 62, 185),
			],
			[
				...[95, 120, 180, 200].map((y) => hRule(y, 38, 540)),
				...[140, 160].flatMap((y) => [hRule(y, 38, 60), hRule(y, 140, 540)]),
				...edges.map((x) => vRule(x, 95, 200)),
			],
		);
		expect((await readTerminals([page])).terminals.map(({ n, region }) => [n, region])).toEqual([
			[1, 'г. Ош'],
			[2, 'г. Ош'],
			[3, 'г. Ош'],
			[4, 'Чуй'],
		]);
	});

	test('a ruled band with no number that no column ruling crosses is a section, even with short text in one column', async () => {
		const page = syntheticPage(
			[
				...header,
				item('Ош', 200, 125),
				...row(165, [
					['1', 41],
					['Ош', 62],
					['ул. Ленина, 205', 142],
				]),
				...row(205, [
					['2', 41],
					['Ош', 62],
					['ул. Ленина, 7', 142],
				]),
			],
			[
				...[95, 120, 160, 200, 240].map((y) => hRule(y, 38, 540)),
				...edges.map((x) => vRule(x, 95, 120)),
				vRule(38, 120, 160),
				vRule(540, 120, 160),
				...edges.map((x) => vRule(x, 160, 240)),
			],
		);
		expect((await readTerminals([page])).terminals.map(({ n, region, address }) => [n, region, address])).toEqual([
			[1, 'Ош', 'ул. Ленина, 205'],
			[2, 'Ош', 'ул. Ленина, 7'],
		]);
	});
});

// Tests assert no timings: a path that turned quadratic on these pages would hang for hours, far past
// this timeout, which only leaves room for a machine busy with other work.
describe('junk pages', { timeout: 30_000 }, () => {
	let seed = 1;
	const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

	test('a page of 40,000 scattered words and 50,000 stray rules reads without throwing', () => {
		const words = Array.from({ length: 40_000 }, (_, i) => item(i % 7 === 0 ? 'Адрес Город' : `w${i}`, random() * 550, random() * 800));
		const rules = Array.from({ length: 50_000 }, (_, i) =>
			i % 2 ? hRule(random() * 800, random() * 500, 520) : vRule(random() * 550, random() * 800, 830),
		);
		expect(() => readPageTable(syntheticPage(words, rules), matcher, undefined)).not.toThrow();
	});

	test('a header line of 210,000 words naming fields over and over reads without throwing', () => {
		const header = item('№ Адрес Город '.repeat(70_000).trim(), 40, 100, 1);
		expect(() =>
			readPageTable(
				syntheticPage([
					header,
					...row(115, [
						['1', 40],
						['ул. Ленина, 5', 60],
					]),
				]),
				matcher,
				undefined,
			),
		).not.toThrow();
	});
});
