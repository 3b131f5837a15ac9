import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { canvas, geoJSON, latLngBounds, map as leafletMap, popup as leafletPopup, tileLayer, type LayerGroup } from 'leaflet';
import type { LatLng } from '../../../lib/geo/distance.ts';
import type { MultiLineString } from 'geojson';
import { groupPins, type MapPin } from '../../../lib/finder/map-pins.ts';
import { outlineBounds, type Outline } from '../../../lib/geo/point-in-outline.ts';
import type { MapTranslate } from './map-keys.ts';
import { itemSettlement, itemText } from '../item-text.ts';
import type { TerminalPosition } from '../../../lib/finder/positions.ts';
import { tileUrl } from './tiles.ts';
import { PinKeys } from './pin-keys.ts';
import { PinLayer } from './pin-layer.ts';
import type { Fix } from '../locate.ts';
import { markReader } from './reader-mark.ts';
import { buildPopup } from './popup.ts';
import { addShowButtons } from './show-buttons.ts';
import ownCss from './terminal-map.css?inline';

/** Leaflet's stylesheet and the pins' own, for `loadMap` to adopt. */
export const mapStyles = `${leafletCss}\n${ownCss}`;

export interface TerminalMap {
	/** Shows only these terminals, as the list does after filtering; returns what to say: how many of them have a pin. */
	show(ids: ReadonlySet<string>): string;
	/** Flies to a terminal and opens its popup. */
	focus(id: string): void;
	/** Marks the reader where they are and shows them with the terminals nearest to them. */
	near(reader: Fix, nearest: readonly string[]): void;
}

interface Options {
	locale: string;
	t: MapTranslate;
	/** Called with a terminal's id when the reader taps its pin. */
	pick: (id: string) => void;
	/** Kyrgyzstan's border, drawn under the pins: the map's backdrop when no tile arrives. */
	outline: Outline | undefined;
	/** The borders between its regions, drawn over the outline. */
	borders: MultiLineString | undefined;
	/** Where the map says how the keyboard reaches its pins. */
	hint: HTMLElement;
}

const listItem = (id: string | undefined) => (id ? document.getElementById(`t-${id}`) : null);

/**
 * Draws the terminals on a Leaflet map, every pin on one canvas so thousands stay smooth on a phone:
 * exact positions as dots, terminals known only by their settlement as one dashed pin per centre
 * with their count. Tiles are decoration: with none reachable, the pins still show at once.
 */
export function drawTerminalMap(
	container: HTMLElement,
	positions: TerminalPosition[],
	{ t, pick, outline, borders, hint }: Options,
): TerminalMap {
	const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const map = leafletMap(container, {
		// The outline and borders: drawn half a view past each edge, as the pins are, so a pan shows no gap.
		renderer: canvas({ padding: 0.5 }),
		fadeAnimation: !still,
		zoomAnimation: !still,
		markerZoomAnimation: !still,
	});
	tileLayer(tileUrl, {
		maxZoom: 19,
		attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
	}).addTo(map);

	addShowButtons(positions, t);
	const pins = groupPins(positions);
	/** The terminals the list shows: a pin counts, names and lists only these. */
	let listed: ReadonlySet<string> = new Set(positions.map(({ id }) => id));
	const shownOf = (pin: MapPin) => pin.ids.filter((id) => listed.has(id));
	const popup = leafletPopup();
	let readerMark: LayerGroup | undefined;
	let fromKeyboard = false;
	// A pin tapped on the map lists everyone at it; a terminal picked in the list shows itself alone.
	const open = (pin: MapPin, ids: readonly string[]) => {
		// A long popup scrolls inside: panned into view whole, it would push its own pin off the map.
		popup.options.maxHeight = Math.round(map.getSize().y * 0.6);
		popup
			.setLatLng([pin.lat, pin.lng])
			.setContent(buildPopup(ids, pin.approximate, t))
			.openOn(map);
		pick(ids[0] ?? '');
	};
	const layer = new PinLayer(pins, (pin) => open(pin, shownOf(pin))).addTo(map);
	const keys = new PinKeys(map, layer, {
		t,
		hint,
		name: (pin) => {
			const shown = shownOf(pin);
			const first = listItem(shown[0]);
			const place = shown.length > 1 ? t('finder.map.terminals', { count: shown.length }) : itemText(first, '.t-address');
			return [place, itemSettlement(first)].filter(Boolean).join(', ');
		},
		choose: (pin) => {
			fromKeyboard = true;
			open(pin, shownOf(pin));
		},
	});
	map.on('popupopen', () => {
		if (fromKeyboard) popup.getElement()?.querySelector('a')?.focus();
	});
	container.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && popup.getElement()?.contains(event.target as Node)) map.closePopup();
	});
	map.on('popupclose', () => {
		if (fromKeyboard) keys.refocus();
		fromKeyboard = false;
	});

	if (pins.length > 0) map.fitBounds(latLngBounds(pins.map(({ lat, lng }) => [lat, lng])), { padding: [24, 24], maxZoom: 14 });
	else if (outline) {
		const { south, west, north, east } = outlineBounds(outline);
		map.fitBounds([
			[south, west],
			[north, east],
		]);
	} else map.setView([41.5, 74.8], 6);
	// In the overlay pane, under the pins' own; the borders are added first so the outline's fill lies under them.
	if (borders) geoJSON(borders, { interactive: false, style: { color: '#0b5d3b', weight: 1, opacity: 0.6, dashArray: '4 4' } }).addTo(map);
	if (outline) {
		geoJSON(outline, { interactive: false, style: { color: '#0b5d3b', weight: 2, fillColor: '#2fbf71', fillOpacity: 0.08 } })
			.addTo(map)
			.bringToBack();
	}

	return {
		show(ids) {
			listed = ids;
			const counted = pins.map((pin) => [pin, shownOf(pin).length] as const);
			layer.setShown(new Map(counted.filter(([, count]) => count > 0)));
			return t('finder.map.count', { count: counted.reduce((sum, [, count]) => sum + count, 0), total: ids.size });
		},
		focus(id) {
			const pin = pins.find(({ ids }) => ids.includes(id));
			if (!pin) return;
			// A terminal opened by its link shows even where the filter hides it: its pin shows it alone.
			layer.setShown(new Map([...layer.shownPins, [pin, layer.shownPins.get(pin) ?? 1]]));
			const zoom = Math.max(map.getZoom(), pin.approximate ? 12 : 16);
			if (still) map.setView([pin.lat, pin.lng], zoom);
			else map.flyTo([pin.lat, pin.lng], zoom, { duration: 0.6 });
			fromKeyboard = false;
			open(pin, [id]);
		},
		near(reader, nearest) {
			const at = (ids: readonly string[]) => pins.filter((pin) => pin.ids.some((id) => ids.includes(id)));
			readerMark?.remove();
			readerMark = markReader(map, reader, t('finder.map.you'));
			const points: LatLng[] = [reader, ...at(nearest)];
			map.fitBounds(latLngBounds(points.map(({ lat, lng }) => [lat, lng])), { padding: [32, 32], maxZoom: 16, animate: !still });
		},
	};
}
