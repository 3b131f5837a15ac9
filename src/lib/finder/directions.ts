import type { PlacedTerminal } from '../terminals/schema.ts';

/** The map apps a terminal links to, in the order shown: 2GIS first, the app most people here use. */
const mapApps = ['2gis', 'yandex', 'google', 'osm'] as const;
export type MapApp = (typeof mapApps)[number];

interface DirectionsLink {
	app: MapApp;
	href: string;
	/** `point` drops a pin on the terminal's coordinates; `search` asks the app to find its address. */
	kind: 'point' | 'search';
}

type Destination = Pick<PlacedTerminal, 'address' | 'place' | 'city' | 'lat' | 'lng' | 'precision'>;

/** How close the apps zoom on a pin: a street with its buildings. */
const ZOOM = 17;

// Six decimals are about 10 cm, and keep float noise (42.87460000000001) out of the links.
const coordinate = (value: number): string => String(Number(value.toFixed(6)));

/**
 * Each app's documented web link; the apps disagree on order: 2GIS's path and Yandex's `pt` take
 * longitude first, Google and OpenStreetMap latitude first.
 */
const pointLinks: Record<MapApp, (lat: string, lng: string) => string> = {
	'2gis': (lat, lng) => `https://2gis.kg/geo/${lng},${lat}`,
	yandex: (lat, lng) => `https://yandex.ru/maps/?pt=${lng},${lat}&z=${ZOOM}&l=map`,
	google: (lat, lng) => `https://www.google.com/maps/search/?api=1&query=${lat},${lng}`,
	osm: (lat, lng) => `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=${ZOOM}/${lat}/${lng}`,
};

// The query is PDF text: encodeURIComponent keeps «&», «#» and quotes in it from becoming URL syntax.
const searchLinks: Record<MapApp, (query: string) => string> = {
	'2gis': (query) => `https://2gis.kg/search/${query}`,
	yandex: (query) => `https://yandex.ru/maps/?text=${query}`,
	google: (query) => `https://www.google.com/maps/search/?api=1&query=${query}`,
	osm: (query) => `https://www.openstreetmap.org/search?query=${query}`,
};

/**
 * What an app should search for when the position is not exact: the street address (or, without one,
 * the place) in its settlement, in Kyrgyzstan, since «ул. Ленина, 22» exists in every town of the region.
 */
export function searchQuery(terminal: Pick<PlacedTerminal, 'address' | 'place' | 'city'>): string {
	const where = terminal.address.trim() || terminal.place.trim();
	return [where, terminal.city.trim(), 'Кыргызстан'].filter((part) => part !== '').join(', ');
}

/** Links to the terminal in every map app, 2GIS first: a pin when its position is exact, else an address search. */
export function directionsLinks(terminal: Destination): DirectionsLink[] {
	const { lat, lng } = terminal;
	if (terminal.precision === 'exact' && lat !== undefined && lng !== undefined) {
		return mapApps.map((app) => ({ app, kind: 'point', href: pointLinks[app](coordinate(lat), coordinate(lng)) }));
	}
	const query = encodeURIComponent(searchQuery(terminal));
	return mapApps.map((app) => ({ app, kind: 'search', href: searchLinks[app](query) }));
}
