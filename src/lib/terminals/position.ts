import type { GeocodeCache } from './geocode-cache-schema.ts';
import { insideKyrgyzstan } from '../geo/kyrgyzstan.ts';
import type { Pins } from './pins-schema.ts';
import type { PlacedTerminal } from './schema.ts';

export type Position = Pick<PlacedTerminal, 'lat' | 'lng' | 'precision' | 'positionSource' | 'centre'>;

export interface PositionInputs {
	id: string;
	/** Coordinates printed in the PDF, when it has such a column. */
	printed?: { lat: number; lng: number } | undefined;
	geocodeKey: string;
	/** The settlement's centre from the gazetteer, when the name was matched. */
	centre?: { lat: number; lng: number } | undefined;
}

interface PositionSources {
	pins: Pins;
	geocodeCache: GeocodeCache;
}

/** The first position the chain has: a manual pin, the PDF's own coordinates, the geocode cache, the settlement's centre, none. */
export function position(terminal: PositionInputs, sources: PositionSources): Position {
	const centre = terminal.centre === undefined ? {} : { centre: terminal.centre };
	const pin = sources.pins[terminal.id];
	if (pin) return { lat: pin.lat, lng: pin.lng, precision: 'exact', positionSource: 'pin', ...centre };
	const printed = terminal.printed;
	if (printed && insideKyrgyzstan(printed))
		return { lat: printed.lat, lng: printed.lng, precision: 'exact', positionSource: 'pdf', ...centre };
	const cached = sources.geocodeCache[terminal.geocodeKey];
	if (cached?.found) return { lat: cached.lat, lng: cached.lng, precision: 'exact', positionSource: 'geocode', ...centre };
	if (terminal.centre)
		return { lat: terminal.centre.lat, lng: terminal.centre.lng, precision: 'settlement', positionSource: 'gazetteer', ...centre };
	return { precision: 'none', positionSource: 'none' };
}
