import { columnFields, type ColumnField } from '../schema.ts';
import type { HeaderSynonyms } from './header-synonyms.ts';
import { headerTokens } from './normalize-header.ts';

/**
 * Synonyms prepared for matching: token lists per field, longest first; every token any header
 * uses; and the headers of columns left out on purpose, normalised.
 */
export interface HeaderMatcher {
	synonyms: { field: ColumnField; tokens: string[] }[];
	vocabulary: ReadonlySet<string>;
	ignored: ReadonlySet<string>;
}

export function headerMatcher(data: HeaderSynonyms): HeaderMatcher {
	const synonyms = columnFields
		.flatMap((field) => data.fields[field].map((phrase) => ({ field, tokens: headerTokens(phrase) })))
		.filter(({ tokens }) => tokens.length > 0)
		.sort((a, b) => b.tokens.join(' ').length - a.tokens.join(' ').length);
	const ignored = new Set((data.ignore ?? []).map((phrase) => headerTokens(phrase).join(' ')));
	return { synonyms, vocabulary: new Set(synonyms.flatMap(({ tokens }) => tokens)), ignored };
}

/** Whether a column's header is one the synonyms list as left out on purpose. */
export const isIgnoredHeader = (text: string, matcher: HeaderMatcher) => matcher.ignored.has(headerTokens(text).join(' '));

const containsRun = (haystack: readonly string[], needle: readonly string[]) =>
	haystack.some((_, start) => needle.every((token, offset) => haystack[start + offset] === token));

const coordinateFields: ReadonlySet<ColumnField> = new Set(['coordinates', 'lat', 'lng']);

/**
 * The fields some text names, with a cell naming more than one of coordinates, latitude and
 * longitude («Координаты (широта, долгота)», «Широта / Долгота») counted as one coordinates
 * column: both numbers are read from the one cell.
 */
function named(tokens: readonly string[], matcher: HeaderMatcher): ColumnField[] {
	const fields = [...new Set(matcher.synonyms.filter((synonym) => containsRun(tokens, synonym.tokens)).map(({ field }) => field))];
	const coordinates = fields.filter((field) => coordinateFields.has(field));
	return coordinates.length > 1 ? [...fields.filter((field) => !coordinateFields.has(field)), 'coordinates'] : fields;
}

/**
 * The field a header cell names, or `undefined` for a column the list does not use. The
 * longest synonym found as whole words wins, so «Адрес установки» is the address and «Место
 * установки» the place, and a cell stacking «Дарек» over «Адрес» is the address either way.
 */
export function mapHeaderToField(text: string, matcher: HeaderMatcher): ColumnField | undefined {
	const tokens = headerTokens(text);
	const fields = named(tokens, matcher);
	const longest = matcher.synonyms.find((synonym) => containsRun(tokens, synonym.tokens))?.field;
	return longest !== undefined && coordinateFields.has(longest) && fields.includes('coordinates') ? 'coordinates' : longest;
}

/** The fields named anywhere in a line of text: how a header line is told from a data line. */
export function fieldsNamedIn(text: string, matcher: HeaderMatcher): Set<ColumnField> {
	return new Set(named(headerTokens(text), matcher));
}
