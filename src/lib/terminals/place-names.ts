import { foldForSearch, matchesQuery, queryWords } from '../finder/search.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Gazetteer, GazetteerPlace, SettlementAliases } from './gazetteer-schema.ts';
import { settlementMatcher } from './match-settlement.ts';
import { whereIs } from './place-terminals.ts';
import type { PlaceNameEntry, PlaceNames } from './place-names-schema.ts';
import type { RegionKey } from './regions.ts';
import { cyrillicSpellings } from './transliterate.ts';

/** A terminal's settlement under every name it goes by. */
export interface SettlementNames {
	/** The same for every spelling of one settlement: groups and the picker key on it. */
	key: string;
	/** The name each page shows; the printed name when the table does not know the settlement, `""` when the list names none. */
	shown: Record<Locale, string>;
	/** Every spelling search must find: as printed, the table's, else the gazetteer's Latin and its Cyrillic readings. */
	spellings: string[];
}

export interface TerminalPlace {
	region: RegionKey | undefined;
	settlement: SettlementNames;
	/** The town cell's words besides the settlement's name («г.», «с.», «Кеминский р-н»), which a pasted cell brings along. */
	cellWords: string;
}

/** Two spellings a search cannot tell apart are one. */
const searchKey = (name: string) => queryWords(name).join(' ');

/** Spellings once each, as the search folds them, the first of each kept. */
export function distinctSpellings(names: readonly string[]): string[] {
	const seen = new Set<string>();
	return names.filter((name) => {
		const key = searchKey(name);
		if (key === '' || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * The spellings a page must carry beside the name it shows so search finds every one: a spelling is
 * left out when the search itself already finds it in the shown name and the spellings kept so far
 * («Балыкчи» beside «Балыкчы» by its Latin reading, «Kara Suu» beside «Кара-Суу»). The page carries no
 * more than search needs, and no less: the test is the search's own `matchesQuery`.
 */
export function extraSpellings(spellings: readonly string[], shown: string): string[] {
	const kept: string[] = [];
	for (const name of distinctSpellings(spellings)) if (!matchesQuery(foldForSearch([shown, ...kept].join(' ')), name)) kept.push(name);
	return kept;
}

/**
 * Names each terminal's settlement from the gazetteer, its aliases and the name table: matched as the
 * loader matches it (the table's names serve as aliases too), shown in each page's language.
 */
export function placeNamer(
	gazetteer: Gazetteer,
	aliases: SettlementAliases,
	table: PlaceNames,
): (row: { region: string; city: string }) => TerminalPlace {
	const matcher = settlementMatcher(gazetteer, { ...tableAliases(table), ...aliases });
	const byGeonames = new Map(table.places.flatMap((entry) => (entry.geonames ? [[entry.geonames, entry] as const] : [])));
	const byName = new Map(table.places.flatMap((entry) => namesOf(entry).map((name) => [searchKey(name), entry] as const)));
	return (row) => {
		const { region, settlement: printed } = whereIs(row);
		const match = printed === '' ? undefined : matcher.match(printed, region);
		const place: GazetteerPlace | undefined = match && 'place' in match ? match.place : undefined;
		const entry = (place && byGeonames.get(place.name)) ?? byName.get(searchKey(printed));
		// The table, when it knows the settlement, lists the names people use; GeoNames' own spelling
		// («Bokombayevskoye» for Бөкөнбаев) is used only for a settlement the table lacks.
		const gazetteerNames = place && !entry ? [place.name, ...cyrillicSpellings(place.name)] : [];
		const nameWords = new Set(queryWords(printed));
		return {
			region,
			cellWords: queryWords(row.city)
				.filter((word) => !nameWords.has(word))
				.join(' '),
			settlement: {
				key: place ? `${place.admin1}:${place.name}` : `${region ?? row.region}:${searchKey(printed)}`,
				shown: { ru: entry?.ru ?? printed, ky: entry?.ky ?? printed },
				spellings: distinctSpellings([printed, ...(entry ? namesOf(entry) : []), ...gazetteerNames]),
			},
		};
	};
}

const namesOf = (entry: PlaceNameEntry): string[] => [entry.ru, entry.ky, ...(entry.also ?? [])];

/** The table as aliases: each of its names → the gazetteer name it stands for. */
export function tableAliases(table: PlaceNames): SettlementAliases {
	return Object.fromEntries(
		table.places.flatMap((entry) => (entry.geonames ? namesOf(entry).map((name) => [name, entry.geonames as string] as const) : [])),
	);
}
