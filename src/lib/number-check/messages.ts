import type { Translate, TranslationKey } from '../i18n/translate.ts';
import type { NumberCheck, Problem, Verdict } from './check-number.ts';
import type { Removal } from './compact.ts';
import type { Holder, NumberKindId } from './rules.ts';
import type { DateProblem } from './structure-date.ts';

/** What the page says about a check, in the reader's language. */
export interface CheckDescription {
	/** One sentence: the verdict. */
	verdict: string;
	/**
	 * The word that marks a verdict as an error («Ошибка», «Ката»), absent when it is `ok`:
	 * shown before the verdict, so an error does not rely on its colour to be told from success.
	 */
	problemMark?: string;
	/** Said when a pasted label («Счёт №») chose the kind of number: which kind, and why. */
	kindFromLabel?: string;
	/** Letters that look like digits, each named with its digit. */
	lookAlikes: string[];
	/**
	 * What cleaning removed (spaces, dashes, a label…). Said only when the number is ready, or
	 * when it explains the error: letters are reported and a label was removed, so the reader
	 * knows the label is not among them. Under any other error it would be noise.
	 */
	removed?: string;
	/** Said apart from `removed`, on the same terms: digits of another script were not removed but turned into ASCII. */
	converted?: string;
}

export const kindKeys = {
	inn: 'checker.kind.inn',
	invoice: 'checker.kind.invoice',
} as const satisfies Record<NumberKindId, TranslationKey>;

const verdictKeys = {
	ok: 'checker.verdict.ok',
	empty: 'checker.verdict.empty',
	'invalid-chars': 'checker.verdict.invalidChars',
	'too-short': 'checker.verdict.tooShort',
	'too-long': 'checker.verdict.tooLong',
	'short-inn': 'checker.verdict.shortInn',
} as const satisfies Record<Exclude<Verdict, 'bad-date'>, TranslationKey>;

/** A bad date is told by what is wrong with it: a day that does not exist is not one in the future. */
const badDateKeys = {
	'no-such-day': 'checker.verdict.badDate.no-such-day',
	'too-early': 'checker.verdict.badDate.too-early',
	'in-future': 'checker.verdict.badDate.in-future',
} as const satisfies Record<DateProblem, TranslationKey>;

const holderKeys = {
	organisation: 'checker.holder.organisation',
	'individual-female': 'checker.holder.individual-female',
	'individual-male': 'checker.holder.individual-male',
} as const satisfies Record<Holder, TranslationKey>;

/** Whose date a 14-digit ИНН holds: an organisation's registration, a person's birth. */
const dateNameKeys = {
	organisation: 'checker.dateName.registration',
	'individual-female': 'checker.dateName.birth',
	'individual-male': 'checker.dateName.birth',
} as const satisfies Record<Holder, TranslationKey>;

/** Things cleaning took out of the paste, listed in one sentence. */
const removalKeys = {
	label: 'checker.removal.label',
	spaces: 'checker.removal.spaces',
	dashes: 'checker.removal.dashes',
	dots: 'checker.removal.dots',
	slashes: 'checker.removal.slashes',
	brackets: 'checker.removal.brackets',
} as const satisfies Record<Exclude<Removal, 'converted-digits'>, TranslationKey>;

const convertedKey: TranslationKey = 'checker.converted';
const problemMarkKey: TranslationKey = 'checker.problem';
const kindFromLabelKey: TranslationKey = 'checker.kindFromLabel';

function verdictSentence(check: NumberCheck, t: Translate): string {
	const problem: Problem | undefined = check.problems[0];
	const lengths = { expected: check.expected, length: check.length };
	switch (problem?.code) {
		case undefined:
			return t(verdictKeys.ok);
		case 'empty':
			return t(verdictKeys.empty);
		case 'invalid-chars':
			return t(verdictKeys['invalid-chars'], { chars: problem.chars.map(({ char }) => `«${char}»`).join(', ') });
		case 'too-short':
			return t(verdictKeys['too-short'], { count: problem.missing, ...lengths });
		case 'too-long':
			return t(verdictKeys['too-long'], { count: problem.extra, ...lengths });
		case 'short-inn':
		case 'bad-date': {
			const values = { holder: t(holderKeys[problem.holder]), dateName: t(dateNameKeys[problem.holder]), date: problem.date, ...lengths };
			// The count is the length asked for, so «нужно 16 цифр» agrees with it.
			return problem.code === 'short-inn'
				? t(verdictKeys['short-inn'], { ...values, count: check.expected })
				: t(badDateKeys[problem.reason], values);
		}
	}
}

/** Whether the notes on cleaning belong under this verdict (see `CheckDescription.removed`). */
const notesExplain = (check: NumberCheck): boolean =>
	check.verdict === 'ok' || (check.verdict === 'invalid-chars' && check.removed.includes('label'));

/** Maps a check's reason codes to sentences: the verdict, look-alike letters, and what cleaning removed. */
export function describeCheck(check: NumberCheck, t: Translate): CheckDescription {
	const invalid = check.problems.find((problem) => problem.code === 'invalid-chars');
	const lookAlikes = (invalid?.chars ?? []).flatMap(({ char, looksLike }) =>
		looksLike === undefined ? [] : [t('checker.lookAlike', { char, digit: looksLike })],
	);
	const description: CheckDescription = { verdict: verdictSentence(check, t), lookAlikes };
	if (check.verdict !== 'ok') description.problemMark = t(problemMarkKey);
	if (check.kindFromLabel) {
		description.kindFromLabel = t(kindFromLabelKey, { label: check.kindFromLabel.label, kind: t(kindKeys[check.kind]) });
	}
	if (!notesExplain(check)) return description;
	const removed = check.removed.flatMap((removal) => (removal === 'converted-digits' ? [] : [t(removalKeys[removal])]));
	if (removed.length > 0) description.removed = t('checker.removed', { list: removed.join(', ') });
	if (check.removed.includes('converted-digits')) description.converted = t(convertedKey);
	return description;
}
