import type { Locale } from '../i18n/locales.ts';
import { extraSpellings, type TerminalPlace } from '../terminals/place-names.ts';
import type { PlacedTerminal } from '../terminals/schema.ts';
import { regionName, regionSpellings } from './region-names.ts';

interface SettlementGroup {
	/** The settlement in the page's language; `""` when the list names none. */
	city: string;
	/** Its other spellings, space-separated, for search (the shown name is read from the heading). */
	names: string;
	/** «lat,lng» of its centre when the gazetteer knows it, to about 100 m: the settlement picker sorts from it. */
	centre: string | undefined;
	/** The picker's label when another settlement of the list has the same name: the name and its region. */
	label: string | undefined;
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
	centre: string | undefined;
	terminals: PlacedTerminal[];
}

// Three decimals of a degree, about 100 m: enough to sort a town's terminals from its centre, and short.
const round = (degrees: number) => Math.round(degrees * 1000) / 1000;

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
		const group: Building = regions.get(regionKey) ?? {
			region: regionName(region, terminal.region, locale),
			spellings: [],
			settlements: new Map(),
		};
		regions.set(regionKey, group);
		// A town cell's «г.» or «с.» is searched with the region, once for all its towns, not once per town.
		group.spellings.push(...regionSpellings(region, terminal.region), cellWords);
		const city: BuildingSettlement = group.settlements.get(settlement.key) ?? {
			city: settlement.shown[locale],
			spellings: [],
			centre: undefined,
			terminals: [],
		};
		group.settlements.set(settlement.key, city);
		city.spellings.push(...settlement.spellings);
		if (terminal.centre && city.city !== '') city.centre ??= `${round(terminal.centre.lat)},${round(terminal.centre.lng)}`;
		city.terminals.push(terminal);
	}
	const names = [...regions.values()].flatMap((group) => [...group.settlements.values()].map(({ city }) => city));
	const shared = new Set(names.filter((name, i) => names.indexOf(name) !== i));
	return [...regions.values()].map((group) => {
		const settlements = [...group.settlements.values()].map(({ city, spellings, centre, terminals: list }) => ({
			city,
			names: extraSpellings(spellings, city).join(' '),
			centre,
			label: shared.has(city) ? `${city} (${group.region})` : undefined,
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
