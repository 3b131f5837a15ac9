import { describe, expect, test } from 'vitest';
import { findHeader, isHeaderLine } from '../../../../src/lib/terminal-pdf/table/find-header.ts';
import { groupLines, wordsText, type Line } from '../../../../src/lib/terminal-pdf/table/group-lines.ts';
import { findRulings } from '../../../../src/lib/terminal-pdf/table/rulings.ts';
import { splitWords } from '../../../../src/lib/terminal-pdf/text/split-words.ts';
import { matcher } from '../synonyms.ts';
import { hRule, item, row } from '../synthetic-page.ts';

const lines = (items: ReturnType<typeof item>[]): Line[] => groupLines(items.flatMap((one) => splitWords(one, new Map())));
const oneLine = (text: string) => lines([item(text, 40, 100)])[0] as Line;

describe('isHeaderLine', () => {
	test.each([
		'№ п/п Регион Населенный пункт Адрес установки Место установки Режим работы',
		'Адрес № Город Код терминала Место установки Валюта Режим работы Тип Область Примечание',
		'Шаар, айыл Орнотулган жери Дарек Иш убактысы',
	])('a header: %s', (text) => {
		expect(isHeaderLine(oneLine(text), matcher)).toBe(true);
	});

	test.each([
		'Адреса и режим работы терминалов Оптима Банка',
		'1 Чуйская область Кант айыл өкмөтүнүн имараты 24/7',
		'Адрес и режим работы уточняйте по телефону',
		'Дарек',
	])('not a header: %s', (text) => {
		expect(isHeaderLine(oneLine(text), matcher)).toBe(false);
	});
});

describe('findHeader', () => {
	const stacked = [
		item('Терминалдар', 40, 60, 14),
		...row(100, [
			['Шаар', 40],
			['Дарек', 150],
			['Иш убактысы', 300],
		]),
		...row(112, [
			['Город', 40],
			['Адрес', 150],
			['Режим работы', 300],
		]),
		...row(130, [
			['Ош', 40],
			['ул. Ленина, 205', 150],
			['24/7', 300],
		]),
	];

	test('without rulings, grows over the stacked line of the other language and stops at the data', () => {
		const band = findHeader(lines(stacked), matcher, []);
		expect(band?.lines.map((one) => wordsText(one.words))).toEqual(['Шаар Дарек Иш убактысы', 'Город Адрес Режим работы']);
		expect(band?.top).toBe(100);
		expect(band?.end).toBe(122);
	});

	test('with rulings, is everything between the rulings around it', () => {
		const { horizontal } = findRulings([hRule(96, 30, 500), hRule(125, 30, 500), hRule(145, 30, 500)]);
		expect(findHeader(lines(stacked), matcher, horizontal)).toMatchObject({ top: 96, end: 125 });
	});

	test('rulings as far apart as a page frame do not make the header', () => {
		const { horizontal } = findRulings([hRule(20, 30, 500), hRule(820, 30, 500)]);
		expect(findHeader(lines(stacked), matcher, horizontal)).toMatchObject({ top: 100, end: 122 });
	});

	test('a header line of 200,000 words (more than a call takes arguments) does not throw', { timeout: 30_000 }, () => {
		const long = lines([item('№ Адрес Город '.repeat(70_000).trim(), 40, 100, 1)]);
		expect(findHeader(long, matcher, [])?.lines).toHaveLength(1);
	});

	test('a page without a header has none', () => {
		expect(findHeader(lines([item('Терминалдар', 40, 60, 14), item('1 Ош ул. Ленина, 205', 40, 100)]), matcher, [])).toBeUndefined();
	});
});
