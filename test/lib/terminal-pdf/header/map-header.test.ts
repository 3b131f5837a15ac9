import { describe, expect, test } from 'vitest';
import { parseHeaderSynonyms } from '../../../../src/lib/terminal-pdf/header/header-synonyms.ts';
import { fieldsNamedIn, headerMatcher, mapHeaderToField } from '../../../../src/lib/terminal-pdf/header/map-header.ts';
import { normalizeHeader } from '../../../../src/lib/terminal-pdf/header/normalize-header.ts';
import { matcher, synonymsJson } from '../synonyms.ts';

describe('mapHeaderToField', () => {
	test.each([
		['№', 'n'],
		['№ п/п', 'n'],
		['№№', 'n'],
		['No', 'n'],
		['N п/п', 'n'],
		['Катар №', 'n'],
		['Р/с', 'n'],
		['Регион', 'region'],
		['ОБЛАСТЬ', 'region'],
		['Облус', 'region'],
		['Населённый пункт', 'city'],
		['Город, село', 'city'],
		['Шаар, айыл', 'city'],
		['Шаар / айыл', 'city'],
		['Адрес', 'address'],
		['Дарек', 'address'],
		['Адрес установки', 'address'],
		['Место установки', 'place'],
		['Орнотулган жери', 'place'],
		['Режим работы', 'hours'],
		['Иш убактысы', 'hours'],
		// Kyrgyz stacked over Russian in one cell, joined with a space or a slash.
		['Дарек Адрес', 'address'],
		['Орнотулган жери / Место установки', 'place'],
		['Иш убактысы Режим работы', 'hours'],
		['Шаар, айыл Город, село', 'city'],
		['Режим\u00a0работы:', 'hours'],
		// Russian stacked over Kyrgyz, and the two lines of a cell as pdf.js may hand them over.
		['Адрес Дарек', 'address'],
		['Место установки Орнотулган жери', 'place'],
		['Режим работы / Иш убактысы', 'hours'],
		['Облусу / Область', 'region'],
		['Калктуу пункт / Населенный пункт', 'city'],
		['Адрес\nДарек', 'address'],
		['ДАРЕГИ', 'address'],
		['Координаты', 'coordinates'],
		['GPS', 'coordinates'],
		['GPS-координаты', 'coordinates'],
		['Координаттар / Координаты', 'coordinates'],
		['Широта', 'lat'],
		['Кеңдик / Широта', 'lat'],
		['Долгота', 'lng'],
		['Узундук Долгота', 'lng'],
		// One cell naming both numbers holds both: «42.87, 74.59».
		['Координаты (широта, долгота)', 'coordinates'],
		['Широта / Долгота', 'coordinates'],
		['Кеңдик, узундук', 'coordinates'],
	])('%s → %s', (header, field) => {
		expect(mapHeaderToField(header, matcher)).toBe(field);
	});

	// Words that only begin like a synonym («Адресный», «Регионы») are not it: synonyms match whole words.
	test.each([
		'Код терминала',
		'Валюта',
		'Тип',
		'Примечание',
		'',
		'Адреса',
		'Номер телефона',
		'Адресный',
		'Регионы',
		'Местоположение',
		'Время',
		'Терминал коду',
	])('ignores the column «%s»', (header) => {
		expect(mapHeaderToField(header, matcher)).toBeUndefined();
	});

	test('the longest synonym wins: «Адрес установки» is the address even though «установки» follows «Место» elsewhere', () => {
		expect(mapHeaderToField('Место установки', matcher)).toBe('place');
		expect(mapHeaderToField('Адрес установки', matcher)).toBe('address');
	});

	test('synonyms come from the data file, not the code', () => {
		const edited = structuredClone(synonymsJson);
		edited.fields.hours.push('Когда открыт');
		expect(mapHeaderToField('Когда открыт', headerMatcher(parseHeaderSynonyms(edited)))).toBe('hours');
		expect(mapHeaderToField('Когда открыт', matcher)).toBeUndefined();
	});
});

describe('fieldsNamedIn', () => {
	test.each([
		{
			line: '№ п/п Регион Населенный пункт Адрес установки Место установки Режим работы',
			fields: ['address', 'city', 'hours', 'n', 'place', 'region'],
		},
		{ line: 'Дарек Адрес', fields: ['address'] },
		{ line: 'Код терминала Валюта Примечание', fields: [] },
		{ line: 'Адрес Код терминала Режим работы', fields: ['address', 'hours'] },
		// Latitude and longitude on one line count as one coordinates column, so the cell is not split between them.
		{ line: '№ Адрес Широта Долгота', fields: ['address', 'coordinates', 'n'] },
		{ line: 'Адрес GPS', fields: ['address', 'coordinates'] },
	])('$line → $fields', ({ line, fields }) => {
		expect([...fieldsNamedIn(line, matcher)].sort()).toEqual(fields);
	});
});

test('normalizeHeader folds case, ё and punctuation', () => {
	expect(normalizeHeader('  Населённый  пункт / ШААР,айыл: ')).toBe('населенный пункт шаар айыл');
});

describe('parseHeaderSynonyms', () => {
	test.each([
		{ name: 'a field with no synonyms', edit: (data: typeof synonymsJson) => (data.fields.address = []), field: /fields\.address/ },
		{ name: 'a missing field', edit: (data: typeof synonymsJson) => delete data.fields.hours, field: /fields\.hours/ },
		{ name: 'an unknown field', edit: (data: typeof synonymsJson) => (data.fields.phone = ['Телефон']), field: /phone/ },
		{ name: 'a blank synonym', edit: (data: typeof synonymsJson) => (data.dateLabels = ['  ']), field: /dateLabels/ },
	])('rejects $name, naming the field', ({ edit, field }) => {
		const broken = structuredClone(synonymsJson);
		edit(broken);
		expect(() => parseHeaderSynonyms(broken)).toThrow(field);
	});
});
