/** A point on the map, in degrees: the same field names as Leaflet's LatLng and the terminal data. */
export interface LatLng {
	lat: number;
	lng: number;
}

/** Leaflet's mean Earth radius (geo/crs/EarthCRS.js), so our distances match the map's own ruler. */
const EARTH_RADIUS_KM = 6371;

const RAD = Math.PI / 180;

/**
 * Straight-line (great-circle) distance in kilometres, by the haversine formula as Leaflet's EarthCRS
 * computes it. Pure and map-free so "nearest to me" sorts without loading Leaflet.
 */
export function distanceKm(a: LatLng, b: LatLng): number {
	const sinDLat = Math.sin(((b.lat - a.lat) * RAD) / 2);
	const sinDLng = Math.sin(((b.lng - a.lng) * RAD) / 2);
	const h = sinDLat * sinDLat + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * sinDLng * sinDLng;
	return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/**
 * A distance rounded the way a person reads it: tenths under 10 km (0.35 → 0.4), whole km from there
 * (12.3 → 12). A positive distance never rounds to 0, which would read as "you are there".
 * The page formats the number with Intl.NumberFormat in the reader's locale.
 */
export function roundKm(km: number): number {
	if (!Number.isFinite(km) || km < 0) throw new RangeError(`a distance is a finite number ≥ 0, got ${km}`);
	if (km === 0) return 0;
	if (km < 10) return Math.max(0.1, Math.round(km * 10) / 10);
	return Math.round(km);
}
