import type { Removal } from './compact.ts';
import type { NumberCheck, Problem, Verdict } from './check-number.ts';
import type { Holder, NumberKindId } from './rules.ts';

/** Fills a UI string: i18next's `t` at build time, `formatMessage` in the browser. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What the page says about a check, in the reader's language. */
export interface CheckDescription {
	/** One sentence: the verdict. */
	verdict: string;
	/** Letters that look like digits, each named with its digit. */
	lookAlikes: string[];
	/** What cleaning removed, when it removed anything. */
	removed?: string;
}

export const kindKeys = {
	inn: 'checker.kind.inn',
	invoice: 'checker.kind.invoice',
} as const satisfies Record<NumberKindId, string>;

const verdictKeys = {
	ok: 'checker.verdict.ok',
	empty: 'checker.verdict.empty',
	'invalid-chars': 'checker.verdict.invalidChars',
	'too-short': 'checker.verdict.tooShort',
	'too-long': 'checker.verdict.tooLong',
	'short-inn': 'checker.verdict.shortInn',
	'bad-date': 'checker.verdict.badDate',
} as const satisfies Record<Verdict, string>;

const holderKeys = {
	organisation: 'checker.holder.organisation',
	'individual-female': 'checker.holder.individual-female',
	'individual-male': 'checker.holder.individual-male',
} as const satisfies Record<Holder, string>;

const removalKeys = {
	label: 'checker.removal.label',
	spaces: 'checker.removal.spaces',
	dashes: 'checker.removal.dashes',
	dots: 'checker.removal.dots',
	slashes: 'checker.removal.slashes',
	brackets: 'checker.removal.brackets',
	'converted-digits': 'checker.removal.converted-digits',
} as const satisfies Record<Removal, string>;

function verdictSentence(check: NumberCheck, t: Translate): string {
	const problem: Problem | undefined = check.problems[0];
	const lengths = { expected: check.expected, length: check.length };
	switch (problem?.code) {
		case undefined:
		case 'empty':
			return t(verdictKeys[check.verdict]);
		case 'invalid-chars':
			return t(verdictKeys['invalid-chars'], { chars: problem.chars.map(({ char }) => `«${char}»`).join(', ') });
		case 'too-short':
			return t(verdictKeys['too-short'], { count: problem.missing, ...lengths });
		case 'too-long':
			return t(verdictKeys['too-long'], { count: problem.extra, ...lengths });
		case 'short-inn':
		case 'bad-date':
			return t(verdictKeys[problem.code], { holder: t(holderKeys[problem.holder]), date: problem.date, ...lengths });
	}
}

/** Maps a check's reason codes to sentences: the verdict, look-alike letters, and what cleaning removed. */
export function describeCheck(check: NumberCheck, t: Translate): CheckDescription {
	const invalid = check.problems.find((problem) => problem.code === 'invalid-chars');
	const lookAlikes = (invalid?.chars ?? []).flatMap(({ char, looksLike }) =>
		looksLike === undefined ? [] : [t('checker.lookAlike', { char, digit: looksLike })],
	);
	const description: CheckDescription = { verdict: verdictSentence(check, t), lookAlikes };
	if (check.removed.length > 0) {
		description.removed = t('checker.removed', { list: check.removed.map((removal) => t(removalKeys[removal])).join(', ') });
	}
	return description;
}
