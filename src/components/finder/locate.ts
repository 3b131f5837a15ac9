import type { LatLng } from '../../lib/geo/distance.ts';

export type LocateFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';
/** Where the reader is, and within how many metres the phone says that is true. */
export interface Fix extends LatLng {
	accuracyM: number;
}

export type LocateResult = { ok: true; position: Fix } | { ok: false; reason: LocateFailure };

/** GeolocationPositionError's codes, by number: 1, 2, 3. */
const reasons: Record<number, LocateFailure> = { 1: 'denied', 2: 'unavailable', 3: 'timeout' };

/**
 * The reader's position, asked for only when they tap "nearest": a coarse fix is enough to sort
 * terminals, and a fix up to a minute old saves a cheap phone's battery and the reader's time.
 */
export function locate(timeoutMs = 15_000): Promise<LocateResult> {
	if (!('geolocation' in navigator)) return Promise.resolve({ ok: false, reason: 'unsupported' });
	return new Promise((resolve) => {
		navigator.geolocation.getCurrentPosition(
			({ coords }) => resolve({ ok: true, position: { lat: coords.latitude, lng: coords.longitude, accuracyM: coords.accuracy } }),
			(error) => resolve({ ok: false, reason: reasons[error.code] ?? 'unavailable' }),
			{ enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 60_000 },
		);
	});
}
