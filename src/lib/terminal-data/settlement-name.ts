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

/**
 * The settlement's own name from a printed town cell: «г. Бишкек» → «Бишкек», «с. Беловодское» →
 * «Беловодское», «Сокулук айылы» → «Сокулук», «пгт. Кемин, Кеминский р-н» → «Кемин».
 * An empty cell in a city of national importance is that city.
 */
export function settlementName(city: string, region?: RegionKey): string {
	const part = city
		.replace(/\([^)]*\)/gu, ' ')
		.split(',')
		.find((segment) => segment.trim() !== '' && !district.test(segment));
	const name = (part ?? '')
		.replace(kinds, ' ')
		.replace(/\s+/gu, ' ')
		.replace(/^[\s.,-]+|[\s.,]+$/gu, '');
	if (name === '' && region !== undefined) return regions[region].city ?? '';
	return name;
}
