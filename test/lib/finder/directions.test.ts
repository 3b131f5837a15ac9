import { describe, expect, test } from 'vitest';
import { directionsLinks, searchQuery } from '../../../src/lib/finder/directions.ts';

const exact = { address: 'ул. Ахунбаева, 119', place: 'филиал', city: 'Бишкек', lat: 42.8746, lng: 74.5698, precision: 'exact' } as const;

describe('directionsLinks with an exact position: a pin, in each app’s coordinate order', () => {
	test('2GIS, Yandex, Google, OpenStreetMap, in that order', () => {
		expect(directionsLinks(exact)).toEqual([
			{ app: '2gis', kind: 'point', href: 'https://2gis.kg/geo/74.5698,42.8746' },
			{ app: 'yandex', kind: 'point', href: 'https://yandex.ru/maps/?pt=74.5698,42.8746&z=17&l=map' },
			{ app: 'google', kind: 'point', href: 'https://www.google.com/maps/search/?api=1&query=42.8746,74.5698' },
			{ app: 'osm', kind: 'point', href: 'https://www.openstreetmap.org/?mlat=42.8746&mlon=74.5698#map=17/42.8746/74.5698' },
		]);
	});

	// Latitude and longitude told apart by value: Osh is at 40.5° N, 72.8° E.
	test.each([
		{ app: '2gis', param: (url: URL) => url.pathname.split('/').at(-1), expected: '72.7985,40.5283' },
		{ app: 'yandex', param: (url: URL) => url.searchParams.get('pt'), expected: '72.7985,40.5283' },
		{ app: 'google', param: (url: URL) => url.searchParams.get('query'), expected: '40.5283,72.7985' },
		{ app: 'osm', param: (url: URL) => `${url.searchParams.get('mlat')},${url.searchParams.get('mlon')}`, expected: '40.5283,72.7985' },
	])('$app puts $expected', ({ app, param, expected }) => {
		const link = directionsLinks({ ...exact, lat: 40.5283, lng: 72.7985 }).find((candidate) => candidate.app === app);
		expect(param(new URL(link?.href ?? ''))).toBe(expected);
	});

	test.each([
		{ lat: 42.87460000000001, lng: 74.5698, href: 'https://2gis.kg/geo/74.5698,42.8746' },
		{ lat: 42.123456789, lng: 74.987654321, href: 'https://2gis.kg/geo/74.987654,42.123457' },
		{ lat: 42, lng: 75, href: 'https://2gis.kg/geo/75,42' },
	])('coordinates $lat, $lng are written as $href', ({ lat, lng, href }) => {
		expect(directionsLinks({ ...exact, lat, lng })[0]?.href).toBe(href);
	});
});

describe('directionsLinks without an exact position: a search for the address in its settlement', () => {
	const q =
		'%D1%83%D0%BB.%20%D0%9B%D0%B5%D0%BD%D0%B8%D0%BD%D0%B0%2C%2022%2C%20%D0%96%D0%B0%D0%BB%D0%B0%D0%BB-%D0%90%D0%B1%D0%B0%D0%B4%2C%20%D0%9A%D1%8B%D1%80%D0%B3%D1%8B%D0%B7%D1%81%D1%82%D0%B0%D0%BD';

	test.each([
		{
			name: 'settlement centre',
			terminal: { address: 'ул. Ленина, 22', place: '', city: 'Жалал-Абад', lat: 40.93, lng: 73.0, precision: 'settlement' },
		},
		{ name: 'not on the map', terminal: { address: 'ул. Ленина, 22', place: '', city: 'Жалал-Абад', precision: 'none' } },
	] as const)('$name', ({ terminal }) => {
		expect(directionsLinks(terminal)).toEqual([
			{ app: '2gis', kind: 'search', href: `https://2gis.kg/search/${q}` },
			{ app: 'yandex', kind: 'search', href: `https://yandex.ru/maps/?text=${q}` },
			{ app: 'google', kind: 'search', href: `https://www.google.com/maps/search/?api=1&query=${q}` },
			{ app: 'osm', kind: 'search', href: `https://www.openstreetmap.org/search?query=${q}` },
		]);
	});

	test('PDF text stays data in the URL: «&», «#», «?», quotes and tags are encoded', () => {
		const terminal = { address: 'ул. A&B #5?x="1"', place: '', city: '<img src=x onerror=alert(1)>', precision: 'none' } as const;
		for (const link of directionsLinks(terminal)) {
			const url = new URL(link.href);
			const query =
				link.app === '2gis'
					? decodeURIComponent(url.pathname.slice('/search/'.length))
					: (url.searchParams.get(link.app === 'yandex' ? 'text' : 'query') ?? '');
			expect(query).toBe('ул. A&B #5?x="1", <img src=x onerror=alert(1)>, Кыргызстан');
			expect(url.hash).toBe('');
		}
	});
});

describe('searchQuery', () => {
	test.each([
		[{ address: 'ул. Ахунбаева, 119', place: 'ЦУМ', city: 'Бишкек' }, 'ул. Ахунбаева, 119, Бишкек, Кыргызстан'],
		[{ address: '', place: 'ТЦ «Ала-Тоо»', city: 'Лебединовка' }, 'ТЦ «Ала-Тоо», Лебединовка, Кыргызстан'],
		[{ address: '  ', place: '', city: 'Араван' }, 'Араван, Кыргызстан'],
		[{ address: 'ул. Ленина, 4', place: '', city: '' }, 'ул. Ленина, 4, Кыргызстан'],
	])('%j → %s', (terminal, query) => {
		expect(searchQuery(terminal)).toBe(query);
	});
});
