import { fieldsNamedIn, type HeaderMatcher } from '../header/map-header.ts';
import { headerTokens } from '../header/normalize-header.ts';
import type { ColumnField } from '../schema.ts';
import { wordsText, type Line } from '../table/group-lines.ts';

/** The line that came nearest to being the table's header: what a refusal says was there. */
export interface NearestHeader {
	page: number;
	text: string;
	fields: ColumnField[];
}

// Longer lines are prose that happens to use a header word.
const maxHeaderTokens = 16;

/** The line of a page naming the most fields, when it beats `best`; lines with no header word cost one set lookup per word. */
export function nearestHeader(lines: readonly Line[], page: number, matcher: HeaderMatcher, best: NearestHeader | undefined) {
	let nearest = best;
	for (const line of lines) {
		const text = wordsText(line.words);
		const tokens = headerTokens(text);
		if (tokens.length > maxHeaderTokens || !tokens.some((token) => matcher.vocabulary.has(token))) continue;
		const fields = [...fieldsNamedIn(text, matcher)];
		if (fields.length > (nearest?.fields.length ?? 0)) nearest = { page, text, fields };
	}
	return nearest;
}

/** Why no table was found, in the refusal's words: what the nearest header named and what it lacked. */
export function missingFromHeader(nearest: NearestHeader | undefined): string {
	if (!nearest) return 'no page has a header row naming the address or place column and one more';
	const named = nearest.fields.join(', ');
	const quoted = `«${nearest.text.length > 80 ? `${nearest.text.slice(0, 80)}…` : nearest.text}»`;
	return nearest.fields.includes('address') || nearest.fields.includes('place')
		? `the nearest header, ${quoted} on page ${nearest.page}, names ${named} but no other known column`
		: `the nearest header, ${quoted} on page ${nearest.page}, names ${named} but no address or place column`;
}
