/** One line of a terminal's list item as the list prints it (`.t-address`, `.t-place`, `.t-hours-text`), trimmed. */
export const itemText = (item: Element | null | undefined, selector: string): string =>
	item?.querySelector(selector)?.textContent?.trim() ?? '';

/** The settlement a terminal's item is listed under. */
export const itemSettlement = (item: Element | null | undefined): string =>
	item?.closest('section')?.querySelector('h3')?.textContent?.trim() ?? '';
