/**
 * Fills the settlement picker from the list's own groups: each settlement whose centre is known
 * (`data-centre` on its `.settlement`), once, by the name its heading shows in the page's language
 * (or `data-label`, which adds the region to a name two settlements share), in that language's
 * alphabetical order. Built here, not in the HTML, because the picker only works with the script and
 * the headings already carry the names.
 */
export function fillSettlementPicker(select: HTMLSelectElement, list: Element, locale: string): void {
	const options = [...list.querySelectorAll<HTMLElement>('.settlement[data-centre]')].map(
		(section) => new Option(section.dataset['label'] ?? section.querySelector('h3')?.textContent ?? '', section.dataset['centre']),
	);
	select.append(...options.sort((a, b) => a.text.localeCompare(b.text, locale)));
}
