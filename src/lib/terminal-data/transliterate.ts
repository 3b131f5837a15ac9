/**
 * Cyrillic (Russian and Kyrgyz) to Latin, close to the BGN/PCGN spellings GeoNames uses
 * («Каракол» → karakol, «Чолпон-Ата» → cholpon-ata), for ids and for matching the gazetteer.
 */
const letters: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'yo',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
	// Kyrgyz and a few neighbours' letters that turn up in names.
	ң: 'ng',
	ө: 'o',
	ү: 'u',
	і: 'i',
	ә: 'a',
	ғ: 'g',
	қ: 'k',
	ұ: 'u',
	һ: 'h',
};

/** Lowercase Latin for any text: Cyrillic letters transliterated, Latin diacritics dropped, everything else kept. */
export function transliterate(text: string): string {
	let out = '';
	for (const char of text.toLowerCase()) out += letters[char] ?? char;
	return out.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A lossy key that two spellings of one name share: GeoNames writes «Kara-Dzhygach» but «Jalal-Abad»,
 * «Tyup» for «Түп», «Chayek» for «Чаек». Separators, apostrophes and the j/dzh/zh, y/i, ye/e
 * differences vanish.
 */
export function nameSkeleton(text: string): string {
	return transliterate(text)
		.replace(/[^a-z0-9]/g, '')
		.replace(/dzh|zh|dj/g, 'j')
		.replace(/kh/g, 'h')
		.replace(/ye/g, 'e')
		.replace(/y/g, 'i')
		.replace(/i+/g, 'i');
}

/** URL-safe Latin: `[a-z0-9]` words joined by single hyphens. */
export function slug(text: string): string {
	return transliterate(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
