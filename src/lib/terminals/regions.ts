/**
 * Kyrgyzstan's top-level divisions: the two cities of national importance and the seven oblasts.
 * A region is recognised from how the bank's list prints it, in Russian or Kyrgyz
 * («Иссык-Кульская область», «Ысык-Көл облусу», «г. Ош», «Ош шаары»), and tied to the codes
 * GeoNames (the gazetteer) and Nominatim (ISO 3166-2) use for it.
 */
const regionKeys = ['bishkek', 'osh', 'chui', 'osh-region', 'jalal-abad', 'issyk-kul', 'naryn', 'talas', 'batken'] as const;
export type RegionKey = (typeof regionKeys)[number];

interface Region {
	/** GeoNames admin1 codes a settlement of this region may carry (Osh city is filed under the Osh oblast there). */
	admin1: readonly string[];
	/** ISO 3166-2 code, as Nominatim's `ISO3166-2-lvl4` gives it. */
	iso: string;
	/** Word stems that name it, lowercase, in both languages' spellings. */
	stems: readonly string[];
	/** A city of national importance is also a settlement: a row may leave its town cell empty. */
	city?: string;
}

export const regions: Record<RegionKey, Region> = {
	bishkek: { admin1: ['01'], iso: 'KG-GB', stems: ['бишкек', 'bishkek'], city: 'Бишкек' },
	osh: { admin1: ['10', '08'], iso: 'KG-GO', stems: ['ош', 'osh'], city: 'Ош' },
	chui: { admin1: ['02'], iso: 'KG-C', stems: ['чуй', 'чүй', 'chui', 'chuy', 'chüy'] },
	'osh-region': { admin1: ['08'], iso: 'KG-O', stems: ['ош', 'osh'] },
	'jalal-abad': { admin1: ['03'], iso: 'KG-J', stems: ['джалал-абад', 'жалал-абад', 'jalal-abad'] },
	'issyk-kul': { admin1: ['07'], iso: 'KG-Y', stems: ['иссык-кул', 'ысык-көл', 'issyk-kul', 'ysyk-köl'] },
	naryn: { admin1: ['04'], iso: 'KG-N', stems: ['нарын', 'naryn'] },
	talas: { admin1: ['06'], iso: 'KG-T', stems: ['талас', 'talas'] },
	batken: { admin1: ['09'], iso: 'KG-B', stems: ['баткен', 'batken'] },
};

const oblastWords = /(?:^|[\s-])(?:обл|облус|область|облусу|oblast|region)/u;

/**
 * Lowercase, composed, ё as е, any dash as a hyphen, spaces around a hyphen removed: the form stems are
 * written in. Spaces are trimmed part by part, not by a «\s*-\s*» pattern, which would rescan a long run
 * of spaces from each of its positions (quadratic time on a hostile cell).
 */
function simplify(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replaceAll('ё', 'е')
		.replace(/[‐-―−]/gu, '-')
		.split('-')
		.map((part) => part.trim())
		.join('-')
		.replace(/ь/gu, '');
}

/**
 * Each region's stems as one pattern that finds a stem at the start of a word («Ошская» holds «ош», «Кошой»
 * does not), anywhere in the text: one pass of the regular-expression engine, linear in the text.
 */
const stemPatterns = Object.fromEntries(
	regionKeys.map((key) => [key, new RegExp(`(?<!\\p{L})(?:${regions[key].stems.map(simplify).join('|')})`, 'u')]),
) as Record<RegionKey, RegExp>;

/**
 * The region a printed region cell names, or undefined when it names none: «г. Ош» and «Ош шаары»
 * are the city, «Ошская область» and «Ош облусу» the oblast.
 */
export function identifyRegion(printed: string): RegionKey | undefined {
	const text = simplify(printed);
	if (text.trim() === '') return undefined;
	const isOblast = oblastWords.test(text);
	const found = regionKeys.filter((key) => stemPatterns[key].test(text));
	if (found.includes('osh') && found.includes('osh-region')) {
		const others = found.filter((key) => key !== 'osh' && key !== 'osh-region');
		if (others.length > 0) return others[0];
		return isOblast ? 'osh-region' : 'osh';
	}
	return found[0];
}

/** The region an ISO 3166-2 code (from Nominatim) stands for. */
export function regionOfIso(iso: string): RegionKey | undefined {
	return regionKeys.find((key) => regions[key].iso === iso);
}
