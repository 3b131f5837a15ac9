import { findLabels } from './find-labels.ts';
import type { NumberKindId, NumberLabel } from './rules.ts';

/** What cleaning did to the pasted text, so the reader can be told. */
export type Removal = 'label' | 'spaces' | 'dashes' | 'dots' | 'slashes' | 'brackets' | 'converted-digits';

interface Compacted {
	/** ASCII digits, in order: what to type into the app. */
	digits: string;
	/** Characters that are neither digits nor removable separators, each once, in order of appearance. */
	invalid: string[];
	removed: Removal[];
	/** The labels removed, as pasted («Счёт №»), and the kind of number they name, if any. */
	label?: { text: string; kind?: NumberKindId };
}

// Invisible characters (zero-width space, BOM, word joiner) travel with copied text.
const separators: [Removal, RegExp][] = [
	['spaces', /[\p{Zs}\t\n\r\u200b\u2060\ufeff]/u],
	['dashes', /[\p{Pd}\u2212]/u],
	['dots', /[.·,]/u],
	['slashes', /[/\\]/u],
	['brackets', /[()[\]{}]/u],
];

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
 * Like python-stdnum's `compact()`: strips what people paste around a number (labels such as
 * «ИНН:» or «Счёт №» at the start or just before the digits, see `find-labels.ts`; spaces of every width, dashes, dots, slashes, brackets) and turns any
 * script's digits into ASCII. Unlike it, it reports what it removed and what it could not.
 */
export function compact(raw: string, labels: readonly NumberLabel[]): Compacted {
	const removed = new Set<Removal>();
	const invalid = new Set<string>();
	let digits = '';
	const spans = findLabels(raw, labels);
	let index = 0;
	for (const span of spans) {
		digits += compactRun(raw.slice(index, span.start), removed, invalid);
		removed.add('label');
		index = span.end;
	}
	digits += compactRun(raw.slice(index), removed, invalid);
	const compacted: Compacted = { digits, invalid: [...invalid], removed: [...removed] };
	if (spans.length > 0) {
		compacted.label = { text: spans.map(({ text }) => text).join(' ') };
		const kind = spans.findLast((span) => span.kind !== undefined)?.kind;
		if (kind) compacted.label.kind = kind;
	}
	return compacted;
}

/** The digits of a stretch of text without labels; separators and invalid characters are noted. */
function compactRun(text: string, removed: Set<Removal>, invalid: Set<string>): string {
	let digits = '';
	for (const char of text) {
		if (char >= '0' && char <= '9') {
			digits += char;
		} else if (/\p{Nd}/u.test(char)) {
			digits += String(digitValue(char));
			removed.add('converted-digits');
		} else {
			const separator = separators.find(([, pattern]) => pattern.test(char));
			if (separator) removed.add(separator[0]);
			else invalid.add(char);
		}
	}
	return digits;
}
