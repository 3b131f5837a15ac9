import type { Locale } from '../i18n/locales.ts';
import { uiStrings, type UiStrings } from '../i18n/translations.ts';
import type { RegionKey } from '../terminal-data/regions.ts';

/** Each region's name in the page's language: the i18n key it is kept under. */
export const regionNameKeys: Record<RegionKey, keyof UiStrings> = {
	bishkek: 'terminals.region.bishkek',
	osh: 'terminals.region.osh',
	chui: 'terminals.region.chui',
	'osh-region': 'terminals.region.osh-region',
	'jalal-abad': 'terminals.region.jalal-abad',
	'issyk-kul': 'terminals.region.issyk-kul',
	naryn: 'terminals.region.naryn',
	talas: 'terminals.region.talas',
	batken: 'terminals.region.batken',
};

/** A region's name on a page of `locale`, whatever the list printed; the printed text when no region is recognised. */
export const regionName = (region: RegionKey | undefined, printed: string, locale: Locale): string =>
	region === undefined ? printed : uiStrings[locale][regionNameKeys[region]];

/** A region under every name search must find it by: both languages' and, when it differs, the printed one. */
export const regionSpellings = (region: RegionKey | undefined, printed: string): string[] =>
	region === undefined ? [printed] : [...Object.values(uiStrings).map((strings) => strings[regionNameKeys[region]]), printed];
