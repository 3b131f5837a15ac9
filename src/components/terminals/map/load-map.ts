import type { TerminalPosition } from '../../../lib/terminal-list/positions.ts';
import type { drawTerminalMap } from './terminal-map.ts';

/**
 * Everything the map needs, fetched only when the reader opens it: Leaflet with its CSS, and the pins.
 * The CSS travels inside the map's code and is adopted as a constructed stylesheet: a `<style>`
 * element would break the page's CSP, and an imported stylesheet would be inlined into the page
 * by the build, so every reader would download it whether they open the map or not.
 */
export async function loadMap(positionsUrl: string): Promise<{ draw: typeof drawTerminalMap; positions: TerminalPosition[] }> {
	const [{ drawTerminalMap: draw, mapStyles }, positions] = await Promise.all([
		import('./terminal-map.ts'),
		fetch(positionsUrl).then((response) => {
			if (!response.ok) throw new Error(`${positionsUrl}: HTTP ${response.status}`);
			return response.json() as Promise<TerminalPosition[]>;
		}),
	]);
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(mapStyles);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	return { draw, positions };
}
