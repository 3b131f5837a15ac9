import type { TranslationKey, Translate } from '../../../lib/i18n/translate.ts';

/**
 * Every string the map's code fills in. They travel with the map, in `/terminals/map-strings.json`
 * fetched when the reader opens it, not in the finder page: a reader who never opens the map pays
 * nothing for them, and the page stays within its budget.
 */
export const mapKeys = [
	'finder.map.show',
	'finder.map.count',
	'finder.map.terminals',
	'finder.map.centre',
	'finder.map.inList',
	'finder.map.keys',
	'finder.map.keysHint',
	'finder.map.keysTooMany',
	'finder.map.you',
] as const satisfies readonly TranslationKey[];

export type MapKey = (typeof mapKeys)[number];
export type MapTranslate = Translate<MapKey>;
