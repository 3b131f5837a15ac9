import type { PlacedTerminal } from '../terminal-data/schema.ts';

export interface SettlementGroup {
	/** The settlement as printed; `""` when the list names none. */
	city: string;
	terminals: PlacedTerminal[];
}

export interface RegionGroup {
	/** The region as printed; `""` when the list names none. */
	region: string;
	count: number;
	settlements: SettlementGroup[];
}

/**
 * Terminals by region, then settlement, in the order the bank's list first names each (the
 * capital first, as the PDF does), and each settlement's terminals in the list's own order.
 */
export function groupTerminals(terminals: readonly PlacedTerminal[]): RegionGroup[] {
	const regions = new Map<string, Map<string, PlacedTerminal[]>>();
	for (const terminal of [...terminals].sort((a, b) => a.n - b.n)) {
		const settlements = regions.get(terminal.region) ?? new Map<string, PlacedTerminal[]>();
		regions.set(terminal.region, settlements);
		settlements.set(terminal.city, [...(settlements.get(terminal.city) ?? []), terminal]);
	}
	return [...regions].map(([region, settlements]) => ({
		region,
		count: [...settlements.values()].reduce((total, list) => total + list.length, 0),
		settlements: [...settlements].map(([city, list]) => ({ city, terminals: list })),
	}));
}
