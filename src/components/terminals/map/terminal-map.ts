import leafletCss from 'leaflet/dist/leaflet.css?inline';
import {
	canvas,
	circleMarker,
	divIcon,
	geoJSON,
	latLngBounds,
	map as leafletMap,
	marker,
	tileLayer,
	type Layer,
	type Marker,
} from 'leaflet';
import type { MultiLineString } from 'geojson';
import { outlineBounds, type Outline } from '../../../lib/finder/point-in-outline.ts';
import type { Translate } from '../../../lib/i18n/translate.ts';
import type { TerminalPosition } from '../../../lib/terminal-list/positions.ts';
import { tileUrl } from '../../../lib/terminal-list/tiles.ts';
import { buildPopup } from './popup.ts';
import ownCss from './terminal-map.css?inline';

/** Leaflet's stylesheet and the pins' own, for `loadMap` to adopt. */
export const mapStyles = `${leafletCss}\n${ownCss}`;

export interface TerminalMap {
	/** Shows only these terminals, as the list does after filtering; returns how many of them have a pin. */
	show(ids: ReadonlySet<string>): number;
	/** Flies to a terminal and opens its popup. */
	focus(id: string): void;
}

interface Options {
	locale: string;
	t: Translate;
	/** Called with a terminal's id when the reader taps its pin. */
	pick: (id: string) => void;
	/** Kyrgyzstan's border, drawn under the pins: the map's backdrop when no tile arrives. */
	outline: Outline | undefined;
	/** The borders between its regions, drawn over the outline. */
	borders: MultiLineString | undefined;
}

/** One pin: an exact terminal, or every terminal placed at one settlement's centre. */
interface Pin {
	ids: string[];
	lat: number;
	lng: number;
	approximate: boolean;
	layer: Layer;
	shown: boolean;
}

function centrePin(pin: Omit<Pin, 'layer' | 'shown'>, t: Options['t']): Marker {
	const label = document.createElement('span');
	label.textContent = String(pin.ids.length);
	return marker([pin.lat, pin.lng], {
		icon: divIcon({ html: label, className: 'centre-pin', iconSize: [34, 34] }),
		title: t('finder.map.terminals', { count: pin.ids.length }),
	});
}

/**
 * Draws the terminals on a Leaflet map: exact positions as circle markers on one canvas, so
 * thousands stay smooth on a phone; terminals known only by their settlement as one dashed pin per
 * centre with their count. Tiles are decoration: with none reachable, the pins still show at once.
 */
export function drawTerminalMap(
	container: HTMLElement,
	positions: TerminalPosition[],
	{ t, pick, outline, borders }: Options,
): TerminalMap {
	const renderer = canvas({ padding: 0.5 });
	const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const map = leafletMap(container, {
		renderer,
		preferCanvas: true,
		fadeAnimation: !still,
		zoomAnimation: !still,
		markerZoomAnimation: !still,
	});
	tileLayer(tileUrl, {
		maxZoom: 19,
		attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
	}).addTo(map);

	let focused: string | undefined;
	const groups = new Map<string, Omit<Pin, 'layer' | 'shown'>>();
	for (const { id, lat, lng, precision } of positions) {
		const key = precision === 'exact' ? `id:${id}` : `centre:${lat},${lng}`;
		const group = groups.get(key) ?? { ids: [], lat, lng, approximate: precision === 'settlement' };
		group.ids.push(id);
		groups.set(key, group);
	}
	const pins: Pin[] = [...groups.values()].map((group) => {
		const layer =
			group.approximate && group.ids.length > 1
				? centrePin(group, t)
				: circleMarker([group.lat, group.lng], {
						renderer,
						radius: group.approximate ? 9 : 7,
						weight: 2,
						color: group.approximate ? '#8a5a00' : '#0b5d3b',
						fillColor: group.approximate ? '#ffd66b' : '#2fbf71',
						fillOpacity: 0.85,
						dashArray: group.approximate ? '4 3' : undefined,
					});
		// A pin tapped on the map lists everyone at it; a terminal picked in the list shows itself alone.
		layer.bindPopup(() => buildPopup(focused && group.ids.includes(focused) ? [focused] : group.ids, group.approximate, t));
		layer.on('popupclose', () => {
			focused = undefined;
		});
		layer.on('click', () => pick(group.ids[0] ?? ''));
		layer.addTo(map);
		return { ...group, layer, shown: true };
	});

	if (pins.length > 0) map.fitBounds(latLngBounds(pins.map(({ lat, lng }) => [lat, lng])), { padding: [24, 24], maxZoom: 14 });
	else if (outline) {
		const { south, west, north, east } = outlineBounds(outline);
		map.fitBounds([
			[south, west],
			[north, east],
		]);
	} else map.setView([41.5, 74.8], 6);
	// Under the pins (the overlay pane keeps paths below markers), once the map has a view to clip it to;
	// brought to the back before the outline, so the outline's fill lies under them.
	if (borders) {
		geoJSON(borders, { interactive: false, style: { color: '#0b5d3b', weight: 1, opacity: 0.6, dashArray: '4 4' } })
			.addTo(map)
			.bringToBack();
	}
	if (outline) {
		geoJSON(outline, { interactive: false, style: { color: '#0b5d3b', weight: 2, fillColor: '#2fbf71', fillOpacity: 0.08 } })
			.addTo(map)
			.bringToBack();
	}

	return {
		show(ids) {
			let count = 0;
			for (const pin of pins) {
				count += pin.ids.filter((id) => ids.has(id)).length;
				const shown = pin.ids.some((id) => ids.has(id));
				if (shown !== pin.shown) {
					if (shown) pin.layer.addTo(map);
					else pin.layer.remove();
					pin.shown = shown;
				}
			}
			return count;
		},
		focus(id) {
			const pin = pins.find(({ ids }) => ids.includes(id));
			if (!pin) return;
			if (!pin.shown) {
				pin.layer.addTo(map);
				pin.shown = true;
			}
			const zoom = Math.max(map.getZoom(), pin.approximate ? 12 : 16);
			if (still) map.setView([pin.lat, pin.lng], zoom);
			else map.flyTo([pin.lat, pin.lng], zoom, { duration: 0.6 });
			pin.layer.closePopup();
			focused = id;
			pin.layer.openPopup();
			pick(id);
		},
	};
}
