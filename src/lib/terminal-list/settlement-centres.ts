import type { LatLng } from '../finder/distance.ts';
import type { PlacedTerminal } from '../terminal-data/schema.ts';

export interface SettlementCentre extends LatLng {
	city: string;
	region: string;
}

/**
 * The settlements a reader without GPS can sort from: every settlement of the list whose centre
 * the gazetteer knows, once, in alphabetical order (Cyrillic collation).
 */
export function settlementCentres(terminals: readonly PlacedTerminal[], locale: string): SettlementCentre[] {
	const byName = new Map<string, SettlementCentre>();
	for (const { city, region, centre } of terminals) {
		const key = `${city}\u0000${region}`;
		if (centre && city !== '' && !byName.has(key)) byName.set(key, { city, region, ...centre });
	}
	const collator = new Intl.Collator(locale);
	return [...byName.values()].sort((a, b) => collator.compare(a.city, b.city) || collator.compare(a.region, b.region));
}
