import { distanceKm, type LatLng } from '../geo/distance.ts';
import type { GazetteerPlace } from './gazetteer-schema.ts';
import type { Pins } from './pins-schema.ts';
import { identifyRegion, regions, type RegionKey } from './regions.ts';
import type { PlacedTerminal } from './schema.ts';

/**
 * How much nearer a settlement of another region may be than any of the terminal's own before a pin
 * counts as in that other region. Borders between regions are known here only through the gazetteer's
 * settlements; 20 km keeps a pin on the edge of Bishkek, nearer a Chüy village, in Bishkek, while a
 * pin in another town entirely (Osh for a Bishkek terminal, 300 km) fails.
 */
export const regionToleranceKm = 20;

/** A pin the build refuses: in another region than the list puts its terminal. (Outside the country, `PinsSchema` refuses it.) */
export interface PinProblem {
	id: string;
	pin: LatLng;
	/** The region as the list prints it. */
	printedRegion: string;
	/** The gazetteer's settlement nearest the pin, and how far the terminal's own region's nearest settlement is. */
	nearest: GazetteerPlace;
	ownKm: number;
}

const nearestOf = (point: LatLng, places: readonly GazetteerPlace[]) =>
	places.reduce<{ place: GazetteerPlace; km: number } | undefined>((best, place) => {
		const km = distanceKm(point, place);
		return best === undefined || km < best.km ? { place, km } : best;
	}, undefined);

function outsideRegion(
	pin: LatLng,
	region: RegionKey,
	places: readonly GazetteerPlace[],
): Omit<PinProblem, 'id' | 'pin' | 'printedRegion'> | undefined {
	const nearest = nearestOf(pin, places);
	const own = nearestOf(
		pin,
		places.filter((place) => regions[region].admin1.includes(place.admin1)),
	);
	if (nearest === undefined || own === undefined || own.km <= nearest.km + regionToleranceKm) return undefined;
	return { nearest: nearest.place, ownKm: own.km };
}

/**
 * Pins against the list they are applied to: each pin whose terminal's region is known must lie
 * in it; pins for ids the list does not have are stale (the terminal closed or its id changed).
 */
export function checkPins(
	pins: Pins,
	terminals: readonly PlacedTerminal[],
	places: readonly GazetteerPlace[],
): { wrongRegion: PinProblem[]; stale: string[] } {
	const byId = new Map(terminals.map((terminal) => [terminal.id, terminal]));
	const wrongRegion: PinProblem[] = [];
	const stale: string[] = [];
	for (const [id, pin] of Object.entries(pins)) {
		const terminal = byId.get(id);
		if (!terminal) {
			stale.push(id);
			continue;
		}
		const region = identifyRegion(terminal.region);
		const problem = region === undefined ? undefined : outsideRegion(pin, region, places);
		if (problem) wrongRegion.push({ id, pin: { lat: pin.lat, lng: pin.lng }, printedRegion: terminal.region, ...problem });
	}
	return { wrongRegion, stale };
}

/** One sentence per refused pin, for the build's error. */
export const pinProblemMessage = (problem: PinProblem) =>
	`the pin for ${problem.id} at ${problem.pin.lat}, ${problem.pin.lng} is nearest ${problem.nearest.name} (GeoNames region ${problem.nearest.admin1}), ${Math.round(problem.ownKm)} km from any settlement of «${problem.printedRegion}», where the list puts the terminal`;

/** The `warning[stale-pin]` sentence `update` and the build print alike. */
export const stalePinMessage = (ids: readonly string[]) =>
	`content/terminals/pins.json pins ids this list no longer has: ${ids.join(', ')}; move or remove those pins.`;
