import type { PlacedTerminal } from './schema.ts';

/** Terminals on the map (exact or at their settlement's centre), and their share of the list. */
export function placedShare(terminals: readonly PlacedTerminal[]): { placed: number; share: number } {
	const placed = terminals.filter((terminal) => terminal.precision !== 'none').length;
	return { placed, share: terminals.length === 0 ? 0 : placed / terminals.length };
}

/** Why a list lost its places: the printed columns a place is found from that are empty in every row, and the rows that lost one. */
export interface LostPlaces {
	emptyColumns: ('region' | 'city')[];
	/** Printed numbers of rows whose terminal (by id) had a place in the snapshot and has none now. */
	numbers: number[];
}

export function lostPlaces(terminals: readonly PlacedTerminal[], snapshot: readonly PlacedTerminal[]): LostPlaces {
	const emptyColumns = (['region', 'city'] as const).filter(
		(column) => terminals.length > 0 && terminals.every((terminal) => terminal[column].trim() === ''),
	);
	const placedBefore = new Set(snapshot.filter((terminal) => terminal.precision !== 'none').map((terminal) => terminal.id));
	const numbers = terminals
		.filter((terminal) => terminal.precision === 'none' && placedBefore.has(terminal.id))
		.map((terminal) => terminal.n);
	return { emptyColumns, numbers };
}
