import type { LatLng } from '../finder/distance.ts';
import type { Locale } from '../i18n/locales.ts';
import type { TerminalPlace } from '../terminal-data/place-names.ts';
import type { PlacedTerminal } from '../terminal-data/schema.ts';
import { regionName } from './region-names.ts';

export interface SettlementCentre extends LatLng {
	/** The settlement in the page's language. */
	city: string;
	/** Its region in the page's language, or as printed when not recognised. */
	region: string;
}

// Three decimals of a degree, about 100 m: enough to sort a town's terminals from its centre, and the
// picker's option values, which the page carries for every settlement, stay short.
const round = (degrees: number) => Math.round(degrees * 1000) / 1000;

/**
 * The settlements a reader without GPS can sort from: every settlement of the list whose centre
 * the gazetteer knows, once however the list spells it, by its name in the page's language,
 * in that language's alphabetical order.
 */
export function settlementCentres(
	terminals: readonly PlacedTerminal[],
	placeOf: (terminal: PlacedTerminal) => TerminalPlace,
	locale: Locale,
): SettlementCentre[] {
	const byKey = new Map<string, SettlementCentre>();
	for (const terminal of terminals) {
		const { region, settlement } = placeOf(terminal);
		const city = settlement.shown[locale];
		if (terminal.centre && city !== '' && !byKey.has(settlement.key))
			byKey.set(settlement.key, {
				city,
				region: regionName(region, terminal.region, locale),
				lat: round(terminal.centre.lat),
				lng: round(terminal.centre.lng),
			});
	}
	const collator = new Intl.Collator(locale);
	return [...byKey.values()].sort((a, b) => collator.compare(a.city, b.city) || collator.compare(a.region, b.region));
}
