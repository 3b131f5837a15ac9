import { describe, expect, test } from 'vitest';
import { cliErrorMessage } from '../../../src/lib/terminals/cli-messages.ts';
import { TerminalPdfError } from '../../../src/lib/terminals/errors.ts';
import type { PageContent } from '../../../src/lib/terminals/page-content.ts';
import { readTerminalTable } from '../../../src/lib/terminals/read-terminal-table.ts';
import { synonyms } from './synonyms.ts';
import { item, row, syntheticPage } from './synthetic-page.ts';

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
