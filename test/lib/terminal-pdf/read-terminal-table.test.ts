import { describe, expect, test } from 'vitest';
import { cliErrorMessage } from '../../../src/lib/terminal-pdf/cli-messages.ts';
import { TerminalPdfError } from '../../../src/lib/terminal-pdf/errors.ts';
import type { PageContent } from '../../../src/lib/terminal-pdf/page-content.ts';
import { readTerminalTable } from '../../../src/lib/terminal-pdf/read-terminal-table.ts';
import { synonyms } from './synonyms.ts';
import { hRule, item, row, syntheticPage, vRule } from './synthetic-page.ts';

const table = [
	item('Терминалы Оптима Банка', 40, 50, 14),
	item('Обновлено: 01.11.2026', 40, 70),
	...row(100, [
		['№', 40],
		['Город', 70],
		['Адрес', 150],
		['Место установки', 300],
	]),
	...row(115, [
		['1', 40],
		['Ош', 70],
		['ул. Ленина, 205', 150],
		['ТЦ «Ош»', 300],
	]),
	...row(130, [
		['3', 40],
		['Кант', 70],
		['ул. Ленина, 54а', 150],
		['АЗС', 300],
	]),
];

async function* slowly(pages: PageContent[]) {
	for (const page of pages) yield await Promise.resolve(page);
}

const refusal = (pages: PageContent[]) =>
	readTerminalTable(pages, synonyms).then(
		() => {
			throw new Error('expected a refusal');
		},
		(error: unknown) => {
			if (!(error instanceof TerminalPdfError)) throw error;
			return { code: error.code, facts: error.facts, line: cliErrorMessage(error) };
		},
	);

describe('readTerminalTable', () => {
	test('reads pages from an array or an async iterator alike: terminals, typed warnings, title and date', async () => {
		const pages = [syntheticPage(table)];
		const expected = {
			terminals: [
				{ n: 1, region: '', city: 'Ош', address: 'ул. Ленина, 205', place: 'ТЦ «Ош»', hours: '' },
				{ n: 3, region: '', city: 'Кант', address: 'ул. Ленина, 54а', place: 'АЗС', hours: '' },
			],
			warnings: [{ code: 'number-gap', from: 1, to: 3 }],
			title: 'Терминалы Оптима Банка',
			date: '01.11.2026',
			pages: 1,
		};
		expect(await readTerminalTable(pages, synonyms)).toEqual(expected);
		expect(await readTerminalTable(slowly(pages), synonyms)).toEqual(expected);
	});

	test.each([
		{ name: 'no pages', pages: [], code: 'damaged', line: /found a file that has no pages;/ },
		{
			name: 'pages with no text',
			pages: [syntheticPage([]), syntheticPage([], [], 2)],
			code: 'no-text',
			line: /found 2 page\(s\) with no text/,
		},
		{
			name: 'text but no header',
			pages: [syntheticPage([item('Уважаемые клиенты!', 40, 100)])],
			code: 'no-table',
			line: /found text but no such table \(no page has a header row/,
		},
		{ name: 'a header with no rows', pages: [syntheticPage(table.slice(0, 6))], code: 'no-table', line: /no terminal rows under it/ },
	])('refuses $name with $code and says why', async ({ pages, code, line }) => {
		const refused = await refusal(pages);
		expect(refused.code).toBe(code);
		expect(refused.line).toMatch(line);
	});
});

describe('nothing lost in silence', () => {
	const ruledHeader = row(100, [
		['№', 40],
		['Город', 70],
		['Адрес', 150],
		['Место установки', 300],
		['Режим работы', 420],
	]);
	const rowsFrom = (start: number, count: number, place: (n: number) => string) =>
		Array.from({ length: count }, (_, i) =>
			row(115 + 15 * i, [
				[String(start + i), 40],
				['Ош', 70],
				[`ул. Ленина, ${start + i}`, 150],
				[place(start + i), 300],
				['09:00–18:00', 420],
			]),
		).flat();

	test('a column no row fills on any page is one warning naming it', async () => {
		const { warnings } = await readTerminalTable(
			[syntheticPage([...ruledHeader, ...rowsFrom(1, 3, () => '')]), syntheticPage([...ruledHeader, ...rowsFrom(4, 3, () => '')], [], 2)],
			synonyms,
		);
		expect(warnings).toEqual([{ code: 'empty-column', field: 'place', header: 'Место установки' }]);
	});

	test('a column blank on one page of several rows is a warning for that page; a few blank rows are not', async () => {
		const { warnings } = await readTerminalTable(
			[
				syntheticPage([...ruledHeader, ...rowsFrom(1, 5, (n) => `ТЦ №${n}`)]),
				syntheticPage([...ruledHeader, ...rowsFrom(6, 5, () => '')], [], 2),
				syntheticPage([...ruledHeader, ...rowsFrom(11, 4, () => '')], [], 3),
			],
			synonyms,
		);
		expect(warnings).toEqual([{ code: 'empty-column', field: 'place', header: 'Место установки', page: 2 }]);
	});

	const filled = [...ruledHeader, ...rowsFrom(1, 3, (n) => `ТЦ №${n}`)];

	test('turned text over the cells is left out with a warning counting it; beside the table, in silence', async () => {
		const stamp = { str: 'ОБРАЗЕЦ', x: 160, y: 110, width: 90, height: 40 };
		const margin = { str: 'Терминалдар', x: 10, y: 100, width: 9, height: 60 };
		const { terminals, warnings } = await readTerminalTable(
			[syntheticPage(filled, [], 1, [stamp, margin, { ...stamp, x: 300 }])],
			synonyms,
		);
		expect(terminals.map(({ place }) => place)).toEqual(['ТЦ №1', 'ТЦ №2', 'ТЦ №3']);
		expect(warnings).toEqual([{ code: 'dropped-text', count: 2, page: 1 }]);
		expect((await readTerminalTable([syntheticPage(filled, [], 1, [margin])], synonyms)).warnings).toEqual([]);
	});

	test('words beside a ruled table, outside every column, are counted as dropped', async () => {
		const rules = [100, 112, 127, 142, 157].map((y) => hRule(y - 2, 35, 500));
		const edges = [35, 65, 145, 295, 415, 500].map((x) => vRule(x, 98, 155));
		const note = [item('нал.', 520, 115), item('нал.', 520, 130)];
		const { terminals, warnings } = await readTerminalTable([syntheticPage([...filled, ...note], [...rules, ...edges])], synonyms);
		expect(terminals).toHaveLength(3);
		expect(warnings).toEqual([{ code: 'dropped-text', count: 2, page: 1 }]);
	});

	test('a file whose only text is turned is no table, and says so instead of calling it a scan', async () => {
		const refused = await refusal([syntheticPage([], [], 1, [{ str: 'Адрес', x: 10, y: 100, width: 9, height: 60 }])]);
		expect(refused).toMatchObject({ code: 'no-table', facts: { turned: 1 } });
		expect(refused.line).toMatch(
			/^expected a table of terminals in text running left to right, found only 1 text item set sideways or at an angle/,
		);
	});
});
