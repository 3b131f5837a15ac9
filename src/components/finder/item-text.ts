import { foldForSearch, REGION_PART } from '../../lib/finder/search.ts';

/** One line of a terminal's list item as the list prints it (`.t-address`, `.t-place`, `.t-hours-text`), trimmed. */
export const itemText = (item: Element | null | undefined, selector: string): string =>
	item?.querySelector(selector)?.textContent?.trim() ?? '';

/** The settlement a terminal's item names, in the page's language (`.t-city`, see `nameSettlement`). */
export const itemSettlement = (item: Element | null | undefined): string => itemText(item, '.t-city');

// The name a region or settlement group is shown by («not stated» when the list names none): its heading's
// own text, without the count a region's heading also holds.
const groupName = (group: Element | null): string => group?.querySelector('h2, h3')?.firstChild?.textContent?.trim() ?? '';

/**
 * Writes the settlement heading the item is listed under onto the item itself («Ош · ул. Ленина, 120»),
 * so it still says where it is once sorted by distance, filtered or opened alone by its link. The script
 * does it, not the build: 240 copies of the name in the HTML would cost the page more than this code.
 */
export function nameSettlement(item: HTMLElement): void {
	const line = document.createElement('p');
	line.className = 't-city';
	line.textContent = groupName(item.closest('.settlement'));
	item.querySelector('.t-address')?.before(line);
}

/**
 * What the finder's filter searches for an item, folded: its settlement (named on it by `nameSettlement`)
 * and region by the names the page shows and every other name it carries for them (`data-names`, once per
 * group), its address and its place; its region's names after `REGION_PART`, which the filter reads only
 * when nothing matches without them.
 */
export function itemSearchText(item: HTMLElement): string {
	const region = item.closest<HTMLElement>('.region');
	const own = [
		itemSettlement(item),
		item.closest<HTMLElement>('.settlement')?.dataset['names'],
		itemText(item, '.t-address'),
		itemText(item, '.t-place'),
	];
	return foldForSearch(own.join(' ')) + REGION_PART + foldForSearch(`${groupName(region)} ${region?.dataset['names'] ?? ''}`);
}
