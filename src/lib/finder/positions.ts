import type { PlacedTerminal, Precision } from '../terminals/schema.ts';

/** One pin of `/terminals/positions.json`: what the map needs; the text comes from the page's list. */
export interface TerminalPosition {
	id: string;
	lat: number;
	lng: number;
	precision: Exclude<Precision, 'none'>;
}

/** Every terminal the map can show, in list order; those with no position are left out. */
export function terminalPositions(terminals: readonly PlacedTerminal[]): TerminalPosition[] {
	return [...terminals]
		.sort((a, b) => a.n - b.n)
		.flatMap(({ id, lat, lng, precision }) =>
			precision === 'none' || lat === undefined || lng === undefined ? [] : [{ id, lat, lng, precision }],
		);
}
