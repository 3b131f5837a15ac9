import type { PlacedTerminal } from '../terminal-data/schema.ts';
import type { LatLng } from './distance.ts';
import { groupKey } from './group-terminals.ts';

export interface SettlementChoice {
	/** Stable and unique per region and settlement: the value of the picker's option. */
	key: string;
	/** As first printed in the list. */
	name: string;
	region: string;
	/** Where "sort from my settlement" measures from. */
	centre: LatLng;
	/** Terminals in it. */
	count: number;
}

type Source = Pick<PlacedTerminal, 'region' | 'city' | 'lat' | 'lng' | 'precision' | 'centre'>;

/** The gazetteer's centre, or a position that is itself the settlement's centre. */
function centreOf(terminal: Source): LatLng | undefined {
	if (terminal.centre !== undefined) return terminal.centre;
	if (terminal.precision === 'settlement' && terminal.lat !== undefined && terminal.lng !== undefined)
		return { lat: terminal.lat, lng: terminal.lng };
	return undefined;
}

/**
 * The settlements a reader without GPS can pick to sort from: every settlement with a known centre,
 * sorted by name in the reader's language (Kyrgyz puts ө after о and ү after у), then by region.
 */
export function settlementChoices(terminals: readonly Source[], locale: string): SettlementChoice[] {
	const found = new Map<string, Omit<SettlementChoice, 'centre'> & { centre: LatLng | undefined }>();
	for (const terminal of terminals) {
		if (groupKey(terminal.city) === '') continue;
		const key = `${groupKey(terminal.region)}|${groupKey(terminal.city)}`;
		const known = found.get(key);
		if (known === undefined) {
			found.set(key, { key, name: terminal.city.trim(), region: terminal.region.trim(), centre: centreOf(terminal), count: 1 });
		} else {
			known.count++;
			known.centre ??= centreOf(terminal);
		}
	}
	const choices: SettlementChoice[] = [];
	for (const { centre, ...choice } of found.values()) if (centre !== undefined) choices.push({ ...choice, centre });
	const collator = new Intl.Collator(locale);
	return choices.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.region, b.region));
}
