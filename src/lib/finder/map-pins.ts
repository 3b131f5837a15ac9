import type { TerminalPosition } from './positions.ts';

/**
 * One pin on the map: the terminals standing at one point. A settlement centre holds every
 * terminal known only by its settlement; an exact point usually holds one, or several that the
 * list places at the very same coordinates.
 */
export interface MapPin {
	ids: string[];
	lat: number;
	lng: number;
	approximate: boolean;
}

/** The map's pins, in the order of the terminals' first appearance. */
export function groupPins(positions: readonly TerminalPosition[]): MapPin[] {
	const pins = new Map<string, MapPin>();
	for (const { id, lat, lng, precision } of positions) {
		const key = `${precision}:${lat},${lng}`;
		const pin = pins.get(key);
		if (pin) pin.ids.push(id);
		else pins.set(key, { ids: [id], lat, lng, approximate: precision === 'settlement' });
	}
	return [...pins.values()];
}

/** How a pin is drawn: a dot, a dashed ring for a guessed place, a larger ring with the count for several. */
export type PinShape = 'exact' | 'centre' | 'centre-count';

/**
 * A pin's shape by how many of its terminals the list shows now, not how many stand there:
 * a centre of 30 where a search leaves one is drawn as that one.
 */
export const pinShape = (approximate: boolean, shown: number): PinShape => (!approximate ? 'exact' : shown > 1 ? 'centre-count' : 'centre');

/** Radius on screen, CSS pixels. */
export const pinRadius = { exact: 7, centre: 9, 'centre-count': 17 } as const satisfies Record<PinShape, number>;
