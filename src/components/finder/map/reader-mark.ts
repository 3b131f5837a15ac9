import { circle, divIcon, layerGroup, marker, type LayerGroup, type Map as LeafletMap } from 'leaflet';
import type { Fix } from '../locate.ts';

/** The reader's mark: blue, as map apps draw «you», so it is not taken for a terminal's green pin. */
const readerBlue = '#1a62c7';

/**
 * «You are here»: a dot a screen reader names, inside the circle the phone says its fix is within
 * (a coarse fix can be a kilometre out, and a dot alone would claim more than it knows).
 * Nothing in it answers a tap: the pins under it stay reachable.
 */
export function markReader(map: LeafletMap, { lat, lng, accuracyM }: Fix, label: string): LayerGroup {
	const dot = document.createElement('span');
	dot.className = 'reader-mark';
	dot.setAttribute('role', 'img');
	dot.setAttribute('aria-label', label);
	return layerGroup([
		circle([lat, lng], { radius: accuracyM, interactive: false, color: readerBlue, weight: 1, fillOpacity: 0.12 }),
		marker([lat, lng], { icon: divIcon({ html: dot, className: '', iconSize: [18, 18] }), interactive: false, keyboard: false }),
	]).addTo(map);
}
