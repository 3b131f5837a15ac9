import type { MultiLineString } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { simplifyRing, type LngLat } from './simplify-ring.ts';
import type { OutlineOptions } from './country-outline.ts';

type BordersResult =
	{ ok: true; borders: MultiLineString; regions: number; points: number } | { ok: false; reason: 'no-object' | 'no-regions' };

/**
 * The lines where two regions of a country meet: each shared border once, never the country's own
 * edge (the outline draws that), simplified and rounded like the outline so it weighs a few KB.
 */
export function regionBorders(topology: Topology, objectName: string, options: OutlineOptions): BordersResult {
	const collection = topology.objects[objectName];
	if (collection?.type !== 'GeometryCollection') return { ok: false, reason: 'no-object' };
	const regions = (collection as GeometryCollection).geometries.filter(({ type }) => type === 'Polygon' || type === 'MultiPolygon');
	if (regions.length < 2) return { ok: false, reason: 'no-regions' };
	const scale = 10 ** options.decimals;
	const round = (value: number) => Math.round(value * scale) / scale;
	// An arc shared by two different regions is an inner border; an arc of one region alone is the edge.
	const lines = mesh(topology, collection as GeometryCollection, (a, b) => a !== b).coordinates.flatMap((line) => {
		const simplified = simplifyRing(
			line.map(([lng = 0, lat = 0]) => [lng, lat] as LngLat),
			options.toleranceKm,
		).map(([lng, lat]) => [round(lng), round(lat)]);
		return simplified.length >= 2 ? [simplified] : [];
	});
	return { ok: true, borders: { type: 'MultiLineString', coordinates: lines }, regions: regions.length, points: lines.flat().length };
}
