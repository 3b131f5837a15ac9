import type { TerminalWarning } from '../schema.ts';
import type { ColumnUse } from './collect-terminals.ts';

/** A page with this many terminals and not one word in a column has lost it, rather than happening to leave it blank. */
const rowsToTell = 5;

/**
 * Columns the header names but no row fills: the whole column, once, when no page has text in
 * it; otherwise each page of several rows where it is blank. A slanted or turned column, or one
 * the rulings cut off, shows here instead of as silently empty cells.
 */
export function emptyColumnWarnings(uses: readonly ColumnUse[]): TerminalWarning[] {
	const byField = Map.groupBy(uses, (use) => use.field);
	return [...byField].flatMap(([field, pages]): TerminalWarning[] => {
		const [first] = pages;
		if (!first) return [];
		if (pages.every((use) => use.filled === 0)) return [{ code: 'empty-column', field, header: first.header }];
		return pages
			.filter((use) => use.terminals >= rowsToTell && use.filled === 0)
			.map((use) => ({ code: 'empty-column', field, header: use.header, page: use.page }));
	});
}
