import type { PlacedTerminal } from '../terminal-data/schema.ts';
import { distanceKm, type LatLng } from './distance.ts';

export type Placed = Pick<PlacedTerminal, 'lat' | 'lng' | 'precision'>;

export interface ByDistance<T> {
	terminal: T;
	/** Straight-line km to the terminal, or to its settlement's centre when `approximate`; absent when it is not on the map. */
	km?: number;
	/** Placed only at its settlement's centre: the page says «≈ city centre», not a precise distance. */
	approximate: boolean;
}

/**
 * Terminals nearest first from `from` (the reader's position, or the centre of the settlement they picked).
 * Terminals placed at a settlement centre sort by the distance to that centre; terminals not on the map
 * come last, in list order. Equal distances keep list order.
 */
export function sortByDistance<T extends Placed>(terminals: readonly T[], from: LatLng): ByDistance<T>[] {
	const measured = terminals.map((terminal, index) => {
		const { lat, lng } = terminal;
		const km = terminal.precision === 'none' || lat === undefined || lng === undefined ? undefined : distanceKm(from, { lat, lng });
		const entry: ByDistance<T> = { terminal, approximate: terminal.precision === 'settlement' };
		if (km !== undefined) entry.km = km;
		return { entry, index, km: km ?? Infinity };
	});
	measured.sort((a, b) => a.km - b.km || a.index - b.index);
	return measured.map(({ entry }) => entry);
}
