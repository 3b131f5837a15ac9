import { describe, expect, test } from 'vitest';
import { placeByCoordinates, readCoordinates } from '../../../../src/lib/terminal-pdf/document/coordinates.ts';
import type { Terminal } from '../../../../src/lib/terminal-pdf/schema.ts';

const terminal = (n = 4): Terminal => ({ n, region: '', city: 'Бишкек', address: 'ул. Киевская, 77', place: '', hours: '' });
const oneCell = (coordinates: string) => ({ terminal: terminal(), coordinates, lat: '', lng: '' });
const twoColumns = (lat: string, lng: string) => ({ terminal: terminal(), coordinates: '', lat, lng });

describe('readCoordinates', () => {
	test.each([
		{ text: '42.8746, 74.5698', lat: 42.8746, lng: 74.5698 },
		{ text: '42.874600, 74.569800', lat: 42.8746, lng: 74.5698 },
		{ text: '42,8746; 74,5698', lat: 42.8746, lng: 74.5698 },
		{ text: '42,8746, 74,5698', lat: 42.8746, lng: 74.5698 },
		{ text: '42.8746 74.5698', lat: 42.8746, lng: 74.5698 },
		{ text: 'N 42.8746, E 74.5698', lat: 42.8746, lng: 74.5698 },
		{ text: '42.8746° с., 74.5698° в.', lat: 42.8746, lng: 74.5698 },
		{ text: '42.8746 / 74.5698', lat: 42.8746, lng: 74.5698 },
		{ text: '-33.8688, 151.2093', lat: -33.8688, lng: 151.2093 },
	])('one cell «$text» → $lat, $lng', ({ text, lat, lng }) => {
		expect(readCoordinates(oneCell(text))).toEqual({ lat, lng });
	});

	test.each([
		{ lat: '42.8746', lng: '74.5698', position: { lat: 42.8746, lng: 74.5698 } },
		{ lat: '42,8746', lng: '74,5698', position: { lat: 42.8746, lng: 74.5698 } },
	])('two columns $lat | $lng', ({ lat, lng, position }) => {
		expect(readCoordinates(twoColumns(lat, lng))).toEqual(position);
	});

	test('blank cells give no position and no warning', () => {
		expect(readCoordinates(oneCell(''))).toBeUndefined();
		expect(readCoordinates(twoColumns('', ''))).toBeUndefined();
	});

	test.each([
		{ name: 'a latitude past 90°', cells: oneCell('142.8746, 74.5698'), text: '142.8746, 74.5698' },
		{ name: 'a longitude past 180°', cells: oneCell('42.8746, 274.5698'), text: '42.8746, 274.5698' },
		{ name: 'one number', cells: oneCell('42.8746'), text: '42.8746' },
		{ name: 'three numbers', cells: oneCell('42.8746, 74.5698, 800'), text: '42.8746, 74.5698, 800' },
		{ name: 'degrees and minutes', cells: oneCell('42°52′ с. ш., 74°34′ в. д.'), text: '42°52′ с. ш., 74°34′ в. д.' },
		{ name: 'words', cells: oneCell('уточняется'), text: 'уточняется' },
		{ name: 'zero, zero (a blank export)', cells: oneCell('0, 0'), text: '0, 0' },
		{ name: 'a latitude without its longitude', cells: twoColumns('42.8746', ''), text: '42.8746' },
		{ name: 'two numbers in the latitude column', cells: twoColumns('42.87 74.59', '74.59'), text: '42.87 74.59 / 74.59' },
	])('$name is no position, and a warning quoting the cell', ({ cells, text }) => {
		expect(readCoordinates(cells)).toEqual({ code: 'bad-coordinates', n: 4, text });
	});
});

test('placeByCoordinates sets lat and lng on the terminals that read and warns for the rest', () => {
	const good = terminal(1);
	const blank = terminal(2);
	const bad = terminal(3);
	const warnings = placeByCoordinates([
		{ terminal: good, coordinates: '40.5283, 72.7985', lat: '', lng: '' },
		{ terminal: blank, coordinates: '', lat: '', lng: '' },
		{ terminal: bad, coordinates: '72.7985', lat: '', lng: '' },
	]);
	expect([good, blank, bad].map(({ lat, lng }) => [lat, lng])).toEqual([
		[40.5283, 72.7985],
		[undefined, undefined],
		[undefined, undefined],
	]);
	expect(warnings).toEqual([{ code: 'bad-coordinates', n: 3, text: '72.7985' }]);
	expect(Object.keys(blank)).not.toContain('lat');
});
