import { terminalFields, type TerminalField } from '../schema.ts';
import type { HeaderSynonyms } from './header-synonyms.ts';
import { headerTokens } from './normalize-header.ts';

/** Synonyms prepared for matching: token lists per field, longest first, and every token any header uses. */
export interface HeaderMatcher {
	synonyms: { field: TerminalField; tokens: string[] }[];
	vocabulary: ReadonlySet<string>;
}

export function headerMatcher(data: HeaderSynonyms): HeaderMatcher {
	const synonyms = terminalFields
		.flatMap((field) => data.fields[field].map((phrase) => ({ field, tokens: headerTokens(phrase) })))
		.filter(({ tokens }) => tokens.length > 0)
		.sort((a, b) => b.tokens.join(' ').length - a.tokens.join(' ').length);
	return { synonyms, vocabulary: new Set(synonyms.flatMap(({ tokens }) => tokens)) };
}

const containsRun = (haystack: readonly string[], needle: readonly string[]) =>
	haystack.some((_, start) => needle.every((token, offset) => haystack[start + offset] === token));

/**
 * The field a header cell names, or `undefined` for a column the list does not use. The
 * longest synonym found as whole words wins, so «Адрес установки» is the address and «Место
 * установки» the place, and a cell stacking «Дарек» over «Адрес» is the address either way.
 */
export function mapHeaderToField(text: string, matcher: HeaderMatcher): TerminalField | undefined {
	const tokens = headerTokens(text);
	return matcher.synonyms.find((synonym) => containsRun(tokens, synonym.tokens))?.field;
}

/** The fields named anywhere in a line of text: how a header line is told from a data line. */
export function fieldsNamedIn(text: string, matcher: HeaderMatcher): Set<TerminalField> {
	const tokens = headerTokens(text);
	return new Set(matcher.synonyms.filter((synonym) => containsRun(tokens, synonym.tokens)).map(({ field }) => field));
}
