import type { Feature } from 'geojson';
import { z } from 'zod';
import outlineFile from '../../../content/terminals/kyrgyzstan-outline.json' with { type: 'json' };
import type { LatLng } from './distance.ts';
import { outlineContains, type Outline } from './point-in-outline.ts';

/** The country as the map draws it (`content/terminals/kyrgyzstan-outline.json`): the one definition of its extent. */
export const outlinePath = 'content/terminals/kyrgyzstan-outline.json';
const outline = (outlineFile as Feature<Outline>).geometry;

/**
 * How far outside the drawn border a position may still be Kyrgyzstan's. The outline is Natural
 * Earth 1:10m simplified to 1 km, and GeoNames puts border villages (Boz-Adyr, Tayan in Batken) up to
 * 2.5 km beyond it; the nearest foreign cities stay well out (Khujand 17 km, Andijan 19, Almaty 28).
 */
export const borderToleranceKm = 5;

const kmPerDegreeLat = 110.57;

/** Kilometres from `point` to the segment a–b ([lng, lat] each), on a plane tangent at the point: exact enough within a few km. */
function segmentKm(point: LatLng, [ax = 0, ay = 0]: number[], [bx = 0, by = 0]: number[]): number {
	const kmPerDegreeLng = Math.cos((point.lat * Math.PI) / 180) * 111.32;
	const x1 = (ax - point.lng) * kmPerDegreeLng;
	const y1 = (ay - point.lat) * kmPerDegreeLat;
	const dx = (bx - ax) * kmPerDegreeLng;
	const dy = (by - ay) * kmPerDegreeLat;
	const t = Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / (dx * dx + dy * dy || 1)));
	return Math.hypot(x1 + t * dx, y1 + t * dy);
}

/** Kilometres from `point` to the nearest border line of the outline (holes included). */
export function kmToBorder(point: LatLng): number {
	let nearest = Number.POSITIVE_INFINITY;
	const polygons = outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates;
	for (const ring of polygons.flat())
		for (let i = 1; i < ring.length; i++) nearest = Math.min(nearest, segmentKm(point, ring[i - 1] ?? [], ring[i] ?? []));
	return nearest;
}

/** Inside the drawn outline, or within `borderToleranceKm` of it: a position anywhere else is a mistake, whoever gave it. */
export function insideKyrgyzstan(point: LatLng): boolean {
	return outlineContains(outline, point) || kmToBorder(point) <= borderToleranceKm;
}

/** Where a position outside the country fell, for a message: «43.238, 76.945, 28 km beyond Kyrgyzstan's border». */
export const describeOutside = (point: LatLng) =>
	`${point.lat}, ${point.lng}, ${Math.round(kmToBorder(point))} km beyond Kyrgyzstan's border (${outlinePath})`;

/** The coordinates of a content file's position, in degrees; each such schema adds `.refine(insideKyrgyzstan, inKyrgyzstan)`. */
export const latLngFields = { lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) };

/** The schemas' one check of the country's extent: the refinement's message, naming where the position fell. */
export const inKyrgyzstan = {
	error: (issue: { input: unknown }) => `${describeOutside(issue.input as LatLng)}; expected a position in Kyrgyzstan`,
};
