import { describe, expect, test } from 'vitest';
import { findDate, findTitle } from '../../../../src/lib/terminal-pdf/document/title-and-date.ts';
import { groupLines, type Line } from '../../../../src/lib/terminal-pdf/table/group-lines.ts';
import { splitWords } from '../../../../src/lib/terminal-pdf/text/split-words.ts';
import { item } from '../synthetic-page.ts';
import { synonyms } from '../synonyms.ts';

const lines = (...items: ReturnType<typeof item>[]): Line[] => groupLines(items.flatMap((one) => splitWords(one, new Map())));

describe('findDate', () => {
	test.each([
		['Обновлено: 01.11.2026', '01.11.2026'],
		['Жаңыртылды / Обновлено: 15.10.2026', '15.10.2026'],
		['По состоянию на 1 ноября 2026 г.', '1 ноября 2026 г.'],
		['ОБНОВЛЕНО 2026-11-01', '2026-11-01'],
	])('%s → %s', (text, date) => {
		expect(findDate(lines(item(text, 40, 50)), synonyms.dateLabels)?.date).toBe(date);
	});

	test('a date without a label is not the list’s date', () => {
		expect(findDate(lines(item('Приказ от 01.02.2026', 40, 50)), synonyms.dateLabels)).toBeUndefined();
	});
});

describe('findTitle', () => {
	test('is the largest text above the table, joined when it wraps, without the date line', () => {
		const above = lines(
			item('Список cash-in терминалов', 40, 20, 14),
			item('ОАО «Оптима Банк»', 40, 38, 14),
			item('Обновлено: 01.11.2026', 40, 60),
		);
		const date = findDate(above, synonyms.dateLabels);
		expect(findTitle(above, date?.line)).toBe('Список cash-in терминалов ОАО «Оптима Банк»');
	});

	test('is absent when only the date is printed', () => {
		const above = lines(item('Обновлено: 01.11.2026', 40, 60));
		expect(findTitle(above, findDate(above, synonyms.dateLabels)?.line)).toBeUndefined();
		expect(findTitle([], undefined)).toBeUndefined();
	});
});
