import { mapHeaderToField, type HeaderMatcher } from '../header/map-header.ts';
import type { Column } from './find-columns.ts';
import type { HeaderBand } from './find-header.ts';
import { wordsText } from './group-lines.ts';
import { groupPhrases } from './split-by-alignment.ts';
import { inColumn } from './column-text.ts';

/**
 * A two-level header prints a group cell over its sub-columns: «Адрес терминала» over
 * «Населённый пункт» | «Улица, дом». A sub-column whose own words name no field takes the
 * field its group names, when no other column has that field already: the street column is
 * the address. The column's header becomes the group's text and its own.
 */
export function inheritGroupFields(columns: readonly Column[], band: HeaderBand, matcher: HeaderMatcher): Column[] {
	if (columns.every((column) => column.field !== undefined || column.ignored)) return [...columns];
	const taken = new Set(columns.map((column) => column.field));
	const groups = band.lines.flatMap((line) =>
		groupPhrases(line.words).map((span) => ({ ...span, text: wordsText(inColumn(line.words, span)) })),
	);
	return columns.map((column) => {
		if (column.field !== undefined || column.ignored) return column;
		const overlaps = (span: { x0: number; x1: number }, other: Column) => Math.min(span.x1, other.x1) - Math.max(span.x0, other.x0) > 0;
		const group = groups.find(
			(span) =>
				overlaps(span, column) && columns.filter((other) => overlaps(span, other)).length >= 2 && mapHeaderToField(span.text, matcher),
		);
		const field = group && mapHeaderToField(group.text, matcher);
		if (field === undefined || taken.has(field)) return column;
		taken.add(field);
		return { ...column, field };
	});
}
