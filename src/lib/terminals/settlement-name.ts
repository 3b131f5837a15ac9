import { regions, type RegionKey } from './regions.ts';

// Kinds of settlement written before or after the name: г., с., пгт., п., ш. and their words in both languages.
const kindWords = [
	'г',
	'гор',
	'город',
	'с',
	'село',
	'пгт',
	'п',
	'пос',
	'поселок',
	'посёлок',
	'ш',
	'шаар',
	'шаары',
	'айыл',
	'айылы',
	'кыштак',
	'кыштагы',
	'шаарча',
	'шаарчасы',
];
const kinds = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${kindWords.join('|')})(?:\\.|(?![\\p{L}\\p{N}-]))`, 'giu');
// A comma-separated part that names a district or region rather than the settlement.
const district = /(?:р-н|район|району|обл\.|область|облусу)/iu;

/** The text without its «(…)» asides, in one pass: an unclosed «(» ends the search, as no «)» follows it. */
function withoutAsides(text: string): string {
	let out = '';
	let from = 0;
	for (let open = text.indexOf('(', from); open >= 0; open = text.indexOf('(', from)) {
		const close = text.indexOf(')', open);
		if (close < 0) break;
		out += `${text.slice(from, open)} `;
		from = close + 1;
	}
	return out + text.slice(from);
}

const edge = new Set([' ', '.', ',', '-']);

/**
 * The text without leading spaces, dots, commas and hyphens and trailing spaces, dots and commas
 * (a hyphen may end a name: «Кара-»). A loop, since an anchored regex at the end rescans the text
 * from every dot of a long run of them.
 */
function trimEdges(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && edge.has(text[start] as string)) start++;
	while (end > start && edge.has(text[end - 1] as string) && text[end - 1] !== '-') end--;
	return text.slice(start, end);
}

/**
 * The settlement's own name from a printed town cell: «г. Бишкек» → «Бишкек», «с. Беловодское» →
 * «Беловодское», «Сокулук айылы» → «Сокулук», «пгт. Кемин, Кеминский р-н» → «Кемин».
 * An empty cell in a city of national importance is that city.
 */
export function settlementName(city: string, region?: RegionKey): string {
	const part = withoutAsides(city)
		.split(',')
		.find((segment) => segment.trim() !== '' && !district.test(segment));
	const name = trimEdges((part ?? '').replace(kinds, ' ').replace(/\s+/gu, ' '));
	if (name === '' && region !== undefined) return regions[region].city ?? '';
	return name;
}
