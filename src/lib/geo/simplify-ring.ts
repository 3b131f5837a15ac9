/** A GeoJSON position: longitude first, then latitude, in degrees (a `LatLng` turned round, as GeoJSON writes it). */
export type LngLat = readonly [lng: number, lat: number];

const KM_PER_DEGREE = 111.195;

/**
 * Douglas–Peucker on a closed ring (first point repeated last), keeping every point that lies more than
 * `toleranceKm` off the simplified line. Distances are measured on a local flat projection (a degree of
 * longitude shrinks by cos(latitude)), which is exact enough across one country.
 */
export function simplifyRing(ring: readonly LngLat[], toleranceKm: number): LngLat[] {
	if (ring.length <= 4) return [...ring];
	const midLatitude = ring.reduce((sum, [, lat]) => sum + lat, 0) / ring.length;
	const xScale = Math.cos((midLatitude * Math.PI) / 180) * KM_PER_DEGREE;
	const xy = ring.map(([lng, lat]) => [lng * xScale, lat * KM_PER_DEGREE] as const);
	const at = (i: number) => xy[i] as readonly [number, number];
	const keep = new Uint8Array(ring.length);
	const last = ring.length - 1;
	// A ring's two ends are the same point, so split it at the point farthest from them first.
	let farthest = 0;
	let farthestDistance = -1;
	for (let i = 1; i < last; i++) {
		const d = Math.hypot(at(i)[0] - at(0)[0], at(i)[1] - at(0)[1]);
		if (d > farthestDistance) [farthest, farthestDistance] = [i, d];
	}
	keep[0] = keep[farthest] = keep[last] = 1;
	const stack: [number, number][] = [
		[0, farthest],
		[farthest, last],
	];
	while (stack.length > 0) {
		const [start, end] = stack.pop() as [number, number];
		const [ax, ay] = at(start);
		const [bx, by] = at(end);
		const length = Math.hypot(bx - ax, by - ay);
		let worst = -1;
		let worstDistance = toleranceKm;
		for (let i = start + 1; i < end; i++) {
			const [px, py] = at(i);
			const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
			if (d > worstDistance) [worst, worstDistance] = [i, d];
		}
		if (worst !== -1) {
			keep[worst] = 1;
			stack.push([start, worst], [worst, end]);
		}
	}
	return ring.filter((_, i) => keep[i] === 1);
}
