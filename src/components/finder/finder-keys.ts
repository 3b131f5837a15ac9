import type { TranslationKey, Translate } from '../../lib/i18n/translate.ts';

/**
 * Every string the finder's browser code fills in, and so all the page ships for it: its code takes
 * `FinderTranslate`, and asking for any other key fails to compile. What the markup already says is
 * not here, and costs the page nothing twice; nor are the map's own (`map/map-keys.ts`), which come with the map.
 */
export const finderKeys = [
	'finder.shown',
	'finder.nothing',
	'finder.locating',
	'finder.sortedNearest',
	'finder.nearestCentre',
	'finder.sortedFrom',
	'finder.distance',
	'finder.distanceCentre',
	'finder.geo.denied',
	'finder.geo.unavailable',
	'finder.geo.timeout',
	'finder.geo.unsupported',
	'finder.open',
	'finder.openUntil',
	'finder.closesSoon',
	'finder.closed',
	'finder.closedUntil',
	'finder.unknown',
	'finder.copy',
	'finder.copied',
	'finder.copyFailed',
	'finder.share',
	'finder.shareFailed',
	'finder.map.loading',
	'finder.map.failed',
	'terminals.count',
	// The Share button's title for a terminal the PDF names nothing for, as its preview page says it.
	'share.terminalFallback',
] as const satisfies readonly TranslationKey[];

type FinderKey = (typeof finderKeys)[number];
export type FinderTranslate = Translate<FinderKey>;
