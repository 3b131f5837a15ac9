import type { TerminalPosition } from '../../../lib/finder/positions.ts';
import type { MapTranslate } from './map-keys.ts';

/**
 * «On the map» on each list item that has a pin, once the map is there to show it. The finder
 * handles their clicks (`data-show`): it owns the list, and the map may be reached from it.
 */
export function addShowButtons(positions: readonly TerminalPosition[], t: MapTranslate): void {
	for (const { id } of positions) {
		const show = document.createElement('button');
		show.type = 'button';
		// Drawn as the list's other item buttons (copy, share): `.t-link` in TerminalFinder.astro.
		show.className = 't-link';
		show.dataset['show'] = id;
		show.textContent = t('finder.map.show');
		document.getElementById(`t-${id}`)?.querySelector('.t-precision')?.append(' ', show);
	}
}
