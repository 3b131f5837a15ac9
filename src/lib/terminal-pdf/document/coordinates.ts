import type { TerminalWarning } from '../schema.ts';
import type { CoordinateCells } from './collect-terminals.ts';

// Decimal degrees with a point or a comma, as printed: «42.8746», «74,5698», «-0.5».
const decimal = /-?\d{1,3}(?:[.,]\d+)?/g;
const number = (text: string) => Number(text.replace(',', '.'));

/** The numbers a cell prints, or `undefined` when it holds anything else (degrees and minutes, letters). */
function numbersIn(text: string): number[] | undefined {
	const found = text.match(decimal) ?? [];
	// Besides the numbers only separators and the marks a map app copies: «;», «,», «°», N/E, С/В.
	const rest = text.replace(decimal, '').replace(/[\s,;°/|NnEeСсВв.:]+/gu, '');
	return rest === '' ? found.map(number) : undefined;
}

const plausible = (lat: number, lng: number) =>
	Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && !(lat === 0 && lng === 0);

/**
 * The position a row prints: latitude then longitude in one cell («42.87, 74.59»,
 * «42,87; 74,59») or one column each. A blank cell gives none, in silence; a pair that is no
 * plausible latitude and longitude gives none with a `bad-coordinates` warning quoting it.
 */
export function readCoordinates(cells: CoordinateCells): { lat: number; lng: number } | TerminalWarning | undefined {
	const text = cells.coordinates !== '' ? cells.coordinates : [cells.lat, cells.lng].filter((part) => part !== '').join(' / ');
	if (text === '') return undefined;
	const numbers =
		cells.coordinates !== ''
			? numbersIn(cells.coordinates)
			: [numbersIn(cells.lat), numbersIn(cells.lng)].flatMap((found) => (found?.length === 1 ? found : [Number.NaN]));
	const [lat, lng] = numbers ?? [];
	if (numbers?.length === 2 && lat !== undefined && lng !== undefined && plausible(lat, lng)) return { lat, lng };
	return { code: 'bad-coordinates', n: cells.terminal.n, text };
}

/** Sets `lat` and `lng` on every terminal whose coordinates read, and returns the warnings for those that do not. */
export function placeByCoordinates(all: readonly CoordinateCells[]): TerminalWarning[] {
	return all.flatMap((cells) => {
		const read = readCoordinates(cells);
		if (read === undefined) return [];
		if ('code' in read) return [read];
		cells.terminal.lat = read.lat;
		cells.terminal.lng = read.lng;
		return [];
	});
}
