import type { PlacedTerminal } from '../terminal-data/schema.ts';
import { queryWords } from './search.ts';

export interface SettlementGroup<T> {
	/** The settlement as first printed in the list; `""` when the list leaves it empty. */
	settlement: string;
	terminals: T[];
}

export interface RegionGroup<T> {
	/** The region as first printed in the list; `""` when the list leaves it empty. */
	region: string;
	/** Terminals in the whole region, for the `<details>` summary. */
	count: number;
	settlements: SettlementGroup<T>[];
}

/**
 * The key two spellings of one name share: case, ё/е, Kyrgyz letter pairs, spaces and hyphens do not
 * split a group («Кара-Балта» and «Карабалта», «г. Бишкек» and «г.Бишкек» are one).
 */
export function groupKey(name: string): string {
	return queryWords(name).join(' ');
}

/** Terminals grouped by region, then settlement, each group where the list first names it, terminals in list order. */
export function groupTerminals<T extends Pick<PlacedTerminal, 'region' | 'city'>>(terminals: readonly T[]): RegionGroup<T>[] {
	const regions = new Map<string, { group: RegionGroup<T>; settlements: Map<string, SettlementGroup<T>> }>();
	for (const terminal of terminals) {
		const regionKey = groupKey(terminal.region);
		let region = regions.get(regionKey);
		if (region === undefined) {
			region = { group: { region: terminal.region.trim(), count: 0, settlements: [] }, settlements: new Map() };
			regions.set(regionKey, region);
		}
		const settlementKey = groupKey(terminal.city);
		let settlement = region.settlements.get(settlementKey);
		if (settlement === undefined) {
			settlement = { settlement: terminal.city.trim(), terminals: [] };
			region.settlements.set(settlementKey, settlement);
			region.group.settlements.push(settlement);
		}
		settlement.terminals.push(terminal);
		region.group.count++;
	}
	return [...regions.values()].map(({ group }) => group);
}
