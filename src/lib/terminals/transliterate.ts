/**
 * Cyrillic (Russian and Kyrgyz) to Latin, close to the BGN/PCGN spellings GeoNames uses
 * («Каракол» → karakol, «Чолпон-Ата» → cholpon-ata), for ids and for matching the gazetteer.
 */
// Each Cyrillic letter (Russian, then Kyrgyz and a few neighbours' letters that turn up in names) and its
// Latin, pairwise; «-» is no letter (ъ, ь). Two strings, not an object: the finder's script carries this table.
const cyrillicLetters = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөүіәғқұһ';
const latinLetterList = 'a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya ng o u i a g k u h'.split(' ');
const letters: Readonly<Record<string, string>> = Object.fromEntries(
	[...cyrillicLetters].map((letter, i) => [letter, (latinLetterList[i] ?? '').replace('-', '')]),
);

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

// Latin to Cyrillic, longest letter group first: GeoNames' BGN/PCGN spellings read back.
const latinGroups: readonly (readonly [string, string])[] = [
	['shch', 'щ'],
	['dzh', 'дж'],
	['kh', 'х'],
	['zh', 'ж'],
	['ts', 'ц'],
	['ch', 'ч'],
	['sh', 'ш'],
	['yu', 'ю'],
	['ya', 'я'],
	['yo', 'ё'],
];
const latinLetters: Readonly<Record<string, string>> = {
	a: 'а',
	b: 'б',
	c: 'к',
	d: 'д',
	e: 'е',
	f: 'ф',
	g: 'г',
	h: 'х',
	i: 'и',
	k: 'к',
	l: 'л',
	m: 'м',
	n: 'н',
	o: 'о',
	p: 'п',
	q: 'к',
	r: 'р',
	s: 'с',
	t: 'т',
	u: 'у',
	v: 'в',
	w: 'в',
	x: 'кс',
	z: 'з',
	'’': 'ь',
	"'": 'ь',
};
const isVowel = (letter: string | undefined) => letter !== undefined && 'aeiouy'.includes(letter);

/**
 * A Latin place name read back into Cyrillic, once with j as «дж» (the Russian habit) and once as «ж»
 * (the Kyrgyz one): «Jalal-Abad» → Джалал-Абад, Жалал-Абад; «Tokmok» → Токмок; «Balykchy» → Балыкчы;
 * «Bokombayevskoye» → Бокомбаевское. The result is lowercase; diacritics are dropped first.
 */
export function cyrillicSpellings(latin: string): string[] {
	const text = latin.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
	let out = '';
	for (let i = 0; i < text.length;) {
		const rest = text.slice(i, i + 4);
		const group = latinGroups.find(([from]) => rest.startsWith(from));
		const previous = text[i - 1];
		const atWordStart = previous === undefined || !/\p{L}/u.test(previous);
		if (group) {
			out += group[1];
			i += group[0].length;
		} else if (rest.startsWith('ye')) {
			// «ye» is е at a word's start and after a vowel («Chayek», «Mayevka»); after a consonant, ь + е.
			out += atWordStart || isVowel(previous) ? 'е' : 'ье';
			i += 2;
		} else if (text[i] === 'y') {
			out += isVowel(previous) ? 'й' : 'ы';
			i += 1;
		} else if (text[i] === 'e' && atWordStart) {
			out += 'э';
			i += 1;
		} else {
			out += latinLetters[text[i] ?? ''] ?? text[i];
			i += 1;
		}
	}
	return out.includes('j') ? [out.replaceAll('j', 'дж'), out.replaceAll('j', 'ж')] : [out];
}
