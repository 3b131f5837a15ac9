import outlineUrl from '../../../../content/terminals/kyrgyzstan-outline.json?url';
import bordersUrl from '../../../../content/terminals/kyrgyzstan-regions.json?url';
import type { MultiLineString } from 'geojson';
import { formatMessage, type Templates } from '../../../lib/i18n/format-message.ts';
import type { Outline } from '../../../lib/geo/point-in-outline.ts';
import type { TerminalPosition } from '../../../lib/finder/positions.ts';
import type { MapTranslate } from './map-keys.ts';
import type { drawTerminalMap } from './terminal-map.ts';

const getJson = async <T>(url: string): Promise<T> => {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
};

/**
 * Everything the map needs, fetched only when the reader opens it: Leaflet with its CSS, the pins,
 * the map's strings in the reader's language (published beside the pins), and the country's outline with its regions' borders, drawn under them so the map means something
 * with no tiles at all (a missing outline or border file only costs that backdrop).
 * The CSS travels inside the map's code and is adopted as a constructed stylesheet: a `<style>`
 * element would break the page's CSP, and an imported stylesheet would be inlined into the page
 * by the build, so every reader would download it whether they open the map or not.
 */
export async function loadMap(
	positionsUrl: string,
	locale: string,
): Promise<{
	draw: typeof drawTerminalMap;
	t: MapTranslate;
	positions: TerminalPosition[];
	outline: Outline | undefined;
	borders: MultiLineString | undefined;
}> {
	const backdrop = <T>(url: string) =>
		getJson<{ geometry: T }>(url).then(
			({ geometry }) => geometry,
			() => undefined,
		);
	const [{ drawTerminalMap: draw, mapStyles }, positions, strings, outline, borders] = await Promise.all([
		import('./terminal-map.ts'),
		getJson<TerminalPosition[]>(positionsUrl),
		getJson<Record<string, Templates>>(new URL('map-strings.json', new URL(positionsUrl, location.href)).href),
		backdrop<Outline>(outlineUrl),
		backdrop<MultiLineString>(bordersUrl),
	]);
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(mapStyles);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	const templates = strings[locale] ?? {};
	return { draw, t: (key, values) => formatMessage(templates, locale, key, values), positions, outline, borders };
}
