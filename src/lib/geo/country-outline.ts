import type { Feature, MultiPolygon, Polygon, Position as GeoJsonPosition } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Outline } from './point-in-outline.ts';
import { simplifyRing, type LngLat } from './simplify-ring.ts';

export interface OutlineOptions {
	/** How far the simplified border may stray from the original, in km. */
	toleranceKm: number;
	/** Decimal places kept per coordinate: 3 is about 100 m. */
	decimals: number;
}

type OutlineResult = { ok: true; outline: Outline; points: number } | { ok: false; reason: 'no-object' | 'no-country' | 'not-an-area' };

/** Twice the ring's signed area: positive when it turns counterclockwise. */
function signedArea(ring: readonly LngLat[]): number {
	let area = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i] as LngLat;
		const [xj, yj] = ring[j] as LngLat;
		area += (xj - xi) * (yj + yi);
	}
	return area;
}

function tidyRing(ring: readonly GeoJsonPosition[], isBorder: boolean, options: OutlineOptions): LngLat[] | undefined {
	const scale = 10 ** options.decimals;
	const round = (value: number) => Math.round(value * scale) / scale;
	const simplified = simplifyRing(
		ring.map(([lng = 0, lat = 0]) => [lng, lat] as const),
		options.toleranceKm,
	);
	const rounded: LngLat[] = [];
	for (const [lng, lat] of simplified) {
		const previous = rounded.at(-1);
		const point = [round(lng), round(lat)] as const;
		if (previous === undefined || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
	}
	// A ring needs three corners and its closing point; a smaller hole is below the map's scale.
	if (rounded.length < 4) return undefined;
	// RFC 7946: a border turns counterclockwise, a hole clockwise (TopoJSON's d3 winding is the reverse).
	return signedArea(rounded) > 0 === isBorder ? rounded : rounded.reverse();
}

/**
 * One country's outline from a world-atlas topology (`objects[objectName]`, geometry `id` = ISO 3166-1
 * numeric, e.g. "417" for Kyrgyzstan), simplified and rounded so it weighs a few KB.
 */
export function countryOutline(topology: Topology, objectName: string, id: string, options: OutlineOptions): OutlineResult {
	const collection = topology.objects[objectName];
	if (collection?.type !== 'GeometryCollection') return { ok: false, reason: 'no-object' };
	const geometry = (collection as GeometryCollection).geometries.find((candidate) => String(candidate.id) === id);
	if (geometry === undefined) return { ok: false, reason: 'no-country' };
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return { ok: false, reason: 'not-an-area' };
	// A Polygon or MultiPolygon object always converts to a single Feature of the same type.
	const shape = (feature(topology, geometry) as Feature<Polygon | MultiPolygon>).geometry;
	const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
	const tidy: LngLat[][][] = [];
	for (const polygon of polygons) {
		const [border, ...holes] = polygon.map((ring, index) => tidyRing(ring, index === 0, options));
		if (border !== undefined) tidy.push([border, ...holes.filter((hole) => hole !== undefined)]);
	}
	const points = tidy.flat(2).length;
	const coordinates = tidy.map((polygon) => polygon.map((ring) => ring.map(([lng, lat]) => [lng, lat])));
	const outline: Outline =
		coordinates.length === 1 ? { type: 'Polygon', coordinates: coordinates[0] ?? [] } : { type: 'MultiPolygon', coordinates };
	return { ok: true, outline, points };
}
