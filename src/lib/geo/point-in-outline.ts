import type { MultiPolygon, Polygon } from 'geojson';
import type { LatLng } from './distance.ts';

/** A country's outline as GeoJSON draws it: rings of [lng, lat], the first of each polygon its border, the rest its holes. */
export type Outline = Polygon | MultiPolygon;

function polygonsOf(outline: Outline): Polygon['coordinates'][] {
	return outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates;
}

/** Even–odd ray casting over every ring, so holes (Kyrgyzstan's Uzbek and Tajik enclaves) count as outside. */
export function outlineContains(outline: Outline, point: LatLng): boolean {
	let inside = false;
	for (const polygon of polygonsOf(outline)) {
		for (const ring of polygon) {
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi = 0, yi = 0] = ring[i] ?? [];
				const [xj = 0, yj = 0] = ring[j] ?? [];
				if (yi > point.lat !== yj > point.lat && point.lng < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) inside = !inside;
			}
		}
	}
	return inside;
}

/** The outline's bounding box, for the map to frame the country when tiles are not there to show it. */
export function outlineBounds(outline: Outline): { south: number; west: number; north: number; east: number } {
	const bounds = { south: Infinity, west: Infinity, north: -Infinity, east: -Infinity };
	for (const polygon of polygonsOf(outline)) {
		for (const [lng = 0, lat = 0] of polygon[0] ?? []) {
			bounds.south = Math.min(bounds.south, lat);
			bounds.north = Math.max(bounds.north, lat);
			bounds.west = Math.min(bounds.west, lng);
			bounds.east = Math.max(bounds.east, lng);
		}
	}
	return bounds;
}
