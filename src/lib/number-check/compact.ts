/** What cleaning did to the pasted text, so the reader can be told. */
export type Removal = 'label' | 'spaces' | 'dashes' | 'dots' | 'slashes' | 'brackets' | 'converted-digits';

interface Compacted {
	/** ASCII digits, in order: what to type into the app. */
	digits: string;
	/** Characters that are neither digits nor removable separators, each once, in order of appearance. */
	invalid: string[];
	removed: Removal[];
}

// Invisible characters (zero-width space, BOM, word joiner) travel with copied text.
const separators: [Removal, RegExp][] = [
	['spaces', /[\p{Zs}\t\n\r\u200b\u2060\ufeff]/u],
	['dashes', /[\p{Pd}\u2212]/u],
	['dots', /[.·,]/u],
	['slashes', /[/\\]/u],
	['brackets', /[()[\]{}]/u],
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The value of a Unicode decimal digit. Every script's digits 0–9 sit in one run of ten
 * code points (some runs follow each other), so the value is the distance from the run's start.
 */
function digitValue(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	let start = code;
	while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start -= 1;
	return (code - start) % 10;
}

/**
 * Like python-stdnum's `compact()`: strips what people paste around a number (a leading
 * «ИНН:» or «№», spaces of every width, dashes, dots, slashes, brackets) and turns any
 * script's digits into ASCII. Unlike it, it reports what it removed and what it could not.
 */
export function compact(raw: string, labels: readonly string[]): Compacted {
	const removed = new Set<Removal>();
	const invalid: string[] = [];
	let digits = '';
	const label = new RegExp(`^[\\s\\p{Pd}]*(?:${labels.map(escapeRegExp).join('|')})(?![\\p{L}])[\\s.:]*`, 'iu');
	const text = labels.length > 0 ? raw.replace(label, () => (removed.add('label'), '')) : raw;
	for (const char of text) {
		if (char >= '0' && char <= '9') {
			digits += char;
		} else if (/\p{Nd}/u.test(char)) {
			digits += String(digitValue(char));
			removed.add('converted-digits');
		} else {
			const separator = separators.find(([, pattern]) => pattern.test(char));
			if (separator) removed.add(separator[0]);
			else if (!invalid.includes(char)) invalid.push(char);
		}
	}
	return { digits, invalid, removed: [...removed] };
}
