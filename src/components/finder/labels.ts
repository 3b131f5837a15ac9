import type { MapApp } from '../../lib/finder/directions.ts';
import type { TranslationKey } from '../../lib/i18n/translate.ts';
import type { Precision } from '../../lib/terminals/schema.ts';
import type { LocateFailure } from './locate.ts';

/** How exact a terminal's map position is, in words: never colour alone. */
export const precisionKeys = {
	exact: 'terminals.precision.exact',
	settlement: 'terminals.precision.settlement',
	none: 'terminals.precision.none',
} as const satisfies Record<Precision, TranslationKey>;

/** Each map app's name, as its directions link says it. */
export const appKeys = {
	'2gis': 'terminals.app.2gis',
	yandex: 'terminals.app.yandex',
	google: 'terminals.app.google',
	osm: 'terminals.app.osm',
} as const satisfies Record<MapApp, TranslationKey>;

/** Why "nearest to me" found no position, and what to do instead. */
export const locateFailureKeys = {
	denied: 'finder.geo.denied',
	unavailable: 'finder.geo.unavailable',
	timeout: 'finder.geo.timeout',
	unsupported: 'finder.geo.unsupported',
} as const satisfies Record<LocateFailure, TranslationKey>;
