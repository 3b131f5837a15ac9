import type { Locale } from '../i18n/locales.ts';
import { extraSpellings, type TerminalPlace } from '../terminal-data/place-names.ts';
import type { PlacedTerminal } from '../terminal-data/schema.ts';
import { regionName, regionSpellings } from './region-names.ts';

export interface SettlementGroup {
	/** The settlement in the page's language; `""` when the list names none. */
	city: string;
	/** Its other spellings, space-separated, for search (the shown name is read from the heading). */
	names: string;
	terminals: PlacedTerminal[];
}

export interface RegionGroup {
	/** The region in the page's language, or as printed when not recognised; `""` when the list names none. */
	region: string;
	/** Its other names (the other language's, as printed), space-separated, for search (the shown name is read from the heading). */
	names: string;
	count: number;
	settlements: SettlementGroup[];
}

interface BuildingSettlement {
	city: string;
	spellings: string[];
	terminals: PlacedTerminal[];
}

interface Building {
	region: string;
	spellings: string[];
	settlements: Map<string, BuildingSettlement>;
}

/**
 * Terminals by region, then settlement, in the order the bank's list first names each (the
 * capital first, as the PDF does), and each settlement's terminals in the list's own order.
 * A region or settlement printed several ways («Чуйская обл.», «Чүй облусу») is one group.
 */
export function groupTerminals(
	terminals: readonly PlacedTerminal[],
	placeOf: (terminal: PlacedTerminal) => TerminalPlace,
	locale: Locale,
): RegionGroup[] {
	const regions = new Map<string, Building>();
	for (const terminal of [...terminals].sort((a, b) => a.n - b.n)) {
		const { region, settlement, cellWords } = placeOf(terminal);
		const regionKey = region ?? `printed:${terminal.region}`;
		const group: Building = regions.get(regionKey) ?? { region: regionName(region, terminal.region, locale), spellings: [], settlements: new Map() };
		regions.set(regionKey, group);
		// A town cell's «г.» or «с.» is searched with the region, once for all its towns, not once per town.
		group.spellings.push(...regionSpellings(region, terminal.region), cellWords);
		const city: BuildingSettlement = group.settlements.get(settlement.key) ?? { city: settlement.shown[locale], spellings: [], terminals: [] };
		group.settlements.set(settlement.key, city);
		city.spellings.push(...settlement.spellings);
		city.terminals.push(terminal);
	}
	return [...regions.values()].map((group) => {
		const settlements = [...group.settlements.values()].map(({ city, spellings, terminals: list }) => ({
			city,
			names: extraSpellings(spellings, city).join(' '),
			terminals: list,
		}));
		return {
			region: group.region,
			names: extraSpellings(group.spellings, group.region).join(' '),
			count: settlements.reduce((total, { terminals: list }) => total + list.length, 0),
			settlements,
		};
	});
}
