import type { Gazetteer, GazetteerPlace, SettlementAliases } from './gazetteer-schema.ts';
import { regions, type RegionKey } from './regions.ts';
import { nameSkeleton } from './transliterate.ts';

type SettlementMatch =
	| { place: GazetteerPlace }
	/** `unknown`: the gazetteer holds no such name; `other-region`: only elsewhere than the terminal's region; `ambiguous`: several, and no region to choose by. */
	| { problem: 'unknown' | 'other-region' | 'ambiguous' };

export interface SettlementMatcher {
	match(name: string, region: RegionKey | undefined): SettlementMatch;
}

// Aliases are looked up by the name as printed, keeping ө/о and ү/у apart: «Кара-Көл» is not «Каракол».
const printedKey = (name: string) =>
	name
		.toLowerCase()
		.replaceAll('ё', 'е')
		.replace(/[\s\p{Pd}]/gu, '');

/**
 * Finds a settlement in the gazetteer by its printed Cyrillic name, through the aliases first
 * («Таш-Көмүр» → «Tash-Kumyr»), then by the spelling skeleton both share, and only within the
 * terminal's region («Кара-Көл» must not land on Karakol by Issyk-Kul).
 */
export function settlementMatcher(gazetteer: Gazetteer, aliases: SettlementAliases): SettlementMatcher {
	const byName = new Map<string, GazetteerPlace[]>();
	for (const place of gazetteer.places) {
		const key = nameSkeleton(place.name);
		byName.set(key, [...(byName.get(key) ?? []), place]);
	}
	const alias = new Map(Object.entries(aliases).map(([printed, name]) => [printedKey(printed), nameSkeleton(name)]));
	return {
		match(name, region) {
			const found = byName.get(alias.get(printedKey(name)) ?? nameSkeleton(name)) ?? [];
			if (found.length === 0) return { problem: 'unknown' };
			if (region === undefined) {
				const [only, ...more] = found;
				return only !== undefined && more.length === 0 ? { place: only } : { problem: 'ambiguous' };
			}
			const inRegion = found.find((place) => regions[region].admin1.includes(place.admin1));
			return inRegion ? { place: inRegion } : { problem: 'other-region' };
		},
	};
}
