import { compact, type Removal } from './compact.ts';
import type { Holder, NumberKindId, NumberRules } from './rules.ts';
import { readStructureDate, type DateProblem } from './structure-date.ts';

/** Why a number is not ready to pay with; the page maps each code to a sentence in the reader's language. */
export type Problem =
	| { code: 'empty' }
	| { code: 'invalid-chars'; chars: { char: string; looksLike?: string }[] }
	| { code: 'too-short'; missing: number }
	| { code: 'too-long'; extra: number }
	/** A real-looking 14-digit ИНН where this payment asks for another length. */
	| { code: 'short-inn'; holder: Holder; date: string }
	/**
	 * Shaped like a 14-digit ИНН, but its date cannot be: no such day (31.02), before the
	 * rules' earliest year, or in the future. The reader is told which.
	 */
	| { code: 'bad-date'; holder: Holder; date: string; reason: DateProblem };

export type Verdict = 'ok' | Problem['code'];

export const verdicts = [
	'ok',
	'empty',
	'invalid-chars',
	'too-short',
	'too-long',
	'short-inn',
	'bad-date',
] as const satisfies readonly Verdict[];

export interface NumberCheck {
	/** ASCII digits only: what to paste into the app. */
	clean: string;
	/** The kind checked against: the one chosen, unless a pasted label names another. */
	kind: NumberKindId;
	/** Set when a pasted label («Счёт №», «ИНН:») chose a kind other than the one passed in. */
	kindFromLabel?: { label: string };
	length: number;
	expected: number;
	/** The one thing to tell the reader: the first problem's code, or `ok`. */
	verdict: Verdict;
	problems: Problem[];
	removed: Removal[];
}

function lengthProblem(digits: string, expected: number, rules: NumberRules, kind: NumberKindId, today: Date): Problem | undefined {
	if (digits.length === expected) return undefined;
	const structure = rules.kinds
		.find(({ id }) => id === kind)
		?.structures.find(({ length, prefix }) => digits.length === length && digits.startsWith(prefix));
	if (structure) {
		const { text, problem } = readStructureDate(digits, structure.dateStart, rules.earliestYear, today);
		return problem
			? { code: 'bad-date', holder: structure.holder, date: text, reason: problem }
			: { code: 'short-inn', holder: structure.holder, date: text };
	}
	return digits.length < expected
		? { code: 'too-short', missing: expected - digits.length }
		: { code: 'too-long', extra: digits.length - expected };
}

/**
 * Checks what a reader typed or pasted at step 4 against the rules for the number kind they
 * chose, or the kind a pasted label names. Never throws: any text gets a verdict, in time
 * linear in its length. Letters that look like digits are reported with the digit they
 * resemble, never silently changed, since a guess could pay the wrong account.
 */
export function checkNumber(raw: string, chosen: NumberKindId, rules: NumberRules, today = new Date()): NumberCheck {
	const { digits, invalid, removed, label } = compact(raw, rules.labels);
	const kind = label?.kind ?? chosen;
	const expected = rules.kinds.find(({ id }) => id === kind)?.length ?? 0;
	const problems: Problem[] = [];
	if (digits === '' && invalid.length === 0) problems.push({ code: 'empty' });
	if (invalid.length > 0) {
		problems.push({
			code: 'invalid-chars',
			chars: invalid.map((char) => {
				const looksLike = rules.lookAlikes[char];
				return looksLike === undefined ? { char } : { char, looksLike };
			}),
		});
	}
	const length = digits === '' ? undefined : lengthProblem(digits, expected, rules, kind, today);
	if (length) problems.push(length);
	const check: NumberCheck = {
		clean: digits,
		kind,
		length: digits.length,
		expected,
		verdict: problems[0]?.code ?? 'ok',
		problems,
		removed,
	};
	if (label && kind !== chosen) check.kindFromLabel = { label: label.text };
	return check;
}
