import type { NumberKindId, NumberLabel } from './rules.ts';

/** The part of a paste that is labels, to be removed, and the kind of number they name. */
export interface LabelSpan {
	/** Where the removed text starts and ends (UTF-16 offsets, end exclusive). */
	start: number;
	end: number;
	/** The labels as pasted, without the separators around them: «Счёт №». */
	text: string;
	/** Set when a label names the number («ИНН», «Счёт»); the one nearest the digits wins. */
	kind?: NumberKindId;
}

// What may stand between labels and around them: spaces, colons, dots («No.»), dashes.
const gap = /[\s.:\p{Pd}\u200b\u2060\ufeff]/u;
const letter = /\p{L}/u;

const isGap = (char: string | undefined) => char !== undefined && gap.test(char);
const isLetter = (char: string | undefined) => char !== undefined && letter.test(char);

/** Labels longest first, so «Счёт на оплату» is taken whole before «Счёт» could be tried. */
const longestFirst = (labels: readonly NumberLabel[]) =>
	[...labels].sort((a, b) => b.text.length - a.text.length).map((label) => ({ ...label, lower: label.text.toLowerCase() }));

type PreparedLabel = ReturnType<typeof longestFirst>[number];

/** The label whose text is at `[at, at + length)`, read as a whole word: no letter touches either end. */
function labelAt(text: string, at: number, labels: readonly PreparedLabel[], fromEnd: boolean): PreparedLabel | undefined {
	return labels.find(({ lower }) => {
		const start = fromEnd ? at - lower.length : at;
		const end = start + lower.length;
		if (start < 0 || end > text.length) return false;
		if (isLetter(text[start - 1]) || isLetter(text[end])) return false;
		return text.slice(start, end).toLowerCase() === lower;
	});
}

interface Run {
	/** The removed text, gaps around the labels included. */
	start: number;
	end: number;
	/** The labels themselves, as pasted: from the first label's start to the last one's end. */
	labelStart: number;
	labelEnd: number;
	found: PreparedLabel[];
}

/** Labels and gaps read forwards from the paste's start, as far as they go (never past `limit`). */
function runForward(text: string, limit: number, labels: readonly PreparedLabel[]): Run {
	const run: Run = { start: 0, end: 0, labelStart: 0, labelEnd: 0, found: [] };
	let at = 0;
	while (at < limit) {
		if (isGap(text[at])) {
			at += 1;
			continue;
		}
		const label = labelAt(text, at, labels, false);
		if (!label || at + label.lower.length > limit) break;
		if (run.found.length === 0) run.labelStart = at;
		run.found.push(label);
		at += label.lower.length;
		run.labelEnd = at;
	}
	if (run.found.length > 0) run.end = at;
	return run;
}

/** Labels and gaps read backwards from `to` (the first digit), as far as they go (never before `floor`). */
function runBackward(text: string, to: number, floor: number, labels: readonly PreparedLabel[]): Run {
	const run: Run = { start: to, end: to, labelStart: to, labelEnd: to, found: [] };
	let at = to;
	while (at > floor) {
		if (isGap(text[at - 1])) {
			at -= 1;
			continue;
		}
		const label = labelAt(text, at, labels, true);
		if (!label || at - label.lower.length < floor) break;
		if (run.found.length === 0) run.labelEnd = at;
		run.found.unshift(label);
		at -= label.lower.length;
		run.labelStart = at;
	}
	if (run.found.length > 0) run.start = at;
	return run;
}

/**
 * Finds the labels people paste with a number from an invoice or a letter («ИНН:», «Счёт на
 * оплату №», «Төлөө эсеби №»). A label counts only at the very start of the paste or directly
 * before its first digit, with nothing but spaces, colons, dots or dashes around it; a label
 * word anywhere else is left for the checker to report, since it may mean a wrong paste.
 * Each character is looked at a bounded number of times, so any paste takes linear time.
 */
export function findLabels(text: string, labels: readonly NumberLabel[]): LabelSpan[] {
	if (labels.length === 0) return [];
	const prepared = longestFirst(labels);
	const firstDigit = text.search(/\p{Nd}/u);
	const prefixEnd = firstDigit === -1 ? text.length : firstDigit;
	const leading = runForward(text, prefixEnd, prepared);
	const beforeDigits = runBackward(text, prefixEnd, leading.end, prepared);
	return [leading, beforeDigits]
		.filter(({ found }) => found.length > 0)
		.map(({ start, end, labelStart, labelEnd, found }) => {
			const span: LabelSpan = { start, end, text: text.slice(labelStart, labelEnd) };
			const kind = found.findLast((label) => label.kind !== undefined)?.kind;
			if (kind) span.kind = kind;
			return span;
		});
}
