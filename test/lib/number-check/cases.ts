import type { NumberCheck } from '../../../src/lib/number-check/check-number.ts';
import type { NumberKindId } from '../../../src/lib/number-check/rules.ts';

type Expected = Partial<Pick<NumberCheck, 'clean' | 'verdict' | 'problems' | 'removed' | 'length' | 'kind' | 'kindFromLabel'>>;

export interface CheckCase {
	name: string;
	input: string;
	kind?: NumberKindId;
	expected: Expected;
}

const sixteen = '1234567890123456';

/** What readers paste at step 4, and what the checker must say. Checked on 2026-11-25. */
export const cases: CheckCase[] = [
	// Cleaning
	{ name: 'plain 16 digits', input: sixteen, expected: { clean: sixteen, verdict: 'ok', problems: [], removed: [] } },
	{ name: 'groups of four with spaces', input: '1234 5678 9012 3456', expected: { clean: sixteen, verdict: 'ok', removed: ['spaces'] } },
	{ name: 'no-break spaces', input: '1234\u00a05678\u00a09012\u00a03456', expected: { clean: sixteen, removed: ['spaces'] } },
	{ name: 'narrow no-break and thin spaces', input: '1234\u202f5678\u20099012 3456', expected: { clean: sixteen, removed: ['spaces'] } },
	{ name: 'tabs and line breaks', input: '\t1234\n5678\r\n90123456 ', expected: { clean: sixteen, removed: ['spaces'] } },
	{
		name: 'zero-width space from a messenger',
		input: '12345678\u200b90123456',
		expected: { clean: sixteen, verdict: 'ok', removed: ['spaces'] },
	},
	{ name: 'hyphens', input: '1234-5678-9012-3456', expected: { clean: sixteen, verdict: 'ok', removed: ['dashes'] } },
	{ name: 'en and em dashes', input: '1234–5678—9012‒3456', expected: { clean: sixteen, removed: ['dashes'] } },
	{
		name: 'minus sign and non-breaking hyphen',
		input: '1234\u22125678\u20119012 3456',
		expected: { clean: sixteen, removed: ['dashes', 'spaces'] },
	},
	{ name: 'dots', input: '1234.5678.9012.3456', expected: { clean: sixteen, removed: ['dots'] } },
	{ name: 'slashes', input: '1234/5678\\9012/3456', expected: { clean: sixteen, removed: ['slashes'] } },
	{ name: 'brackets', input: '(1234) [5678] {9012} 3456', expected: { clean: sixteen, verdict: 'ok', removed: ['brackets', 'spaces'] } },
	{ name: 'label «ИНН:»', input: 'ИНН: 1234567890123456', expected: { clean: sixteen, verdict: 'ok', removed: ['label'] } },
	{
		name: 'label in lower case without colon',
		input: 'инн 1234567890123456',
		expected: { clean: sixteen, verdict: 'ok', removed: ['label'] },
	},
	{ name: 'label «№»', input: '№1234567890123456', expected: { clean: sixteen, verdict: 'ok', removed: ['label'] } },
	{ name: 'label «INN»', input: 'INN 1234-5678-9012-3456', expected: { clean: sixteen, removed: ['label', 'dashes'] } },
	{ name: 'a label word in the middle is not removed', input: '12345678ИНН90123456', expected: { verdict: 'invalid-chars' } },
	// Labels from an invoice or a letter, in both languages: removed at the start or just before the digits
	...[
		'Счёт № 0104 2026 0000 1234',
		'Счет №0104 2026 0000 1234',
		'Счёт на оплату № 0104 2026 0000 1234',
		'счет на оплату N 0104-2026-0000-1234',
		'Счёт No. 0104 2026 0000 1234',
		'Счёт: 0104202600001234',
		'Эсеп № 0104 2026 0000 1234',
		'Төлөө эсеби № 0104 2026 0000 1234',
		'ТӨЛӨӨ ЭСЕБИ: 0104 2026 0000 1234',
		'  Счёт №\u00a00104 2026 0000 1234',
	].map((input) => ({
		name: `invoice label «${input.trim()}» chooses the invoice and is removed`,
		input,
		expected: {
			clean: '0104202600001234',
			verdict: 'ok' as const,
			kind: 'invoice' as const,
			kindFromLabel: { label: input.trim().replace(/[\s:.]*\d.*$/su, '') },
		},
	})),
	{
		name: 'an invoice label with the invoice already chosen changes nothing',
		input: 'Счёт № 0104 2026 0000 1234',
		kind: 'invoice',
		expected: { clean: '0104202600001234', verdict: 'ok', kind: 'invoice', removed: ['label', 'spaces'] },
	},
	{
		name: 'an ИНН label chooses the ИНН',
		input: 'ИНН: 1234567890123456',
		kind: 'invoice',
		expected: { verdict: 'ok', kind: 'inn', kindFromLabel: { label: 'ИНН' } },
	},
	{
		name: 'a Kyrgyz ИНН label chooses the ИНН',
		input: 'ИННи 1234567890123456',
		kind: 'invoice',
		expected: { verdict: 'ok', kind: 'inn', removed: ['label'] },
	},
	{
		name: 'a label just before the digits, after other words, is removed; the words stay errors',
		input: 'Оплата Счёт № 0104 2026 0000 1234',
		expected: {
			verdict: 'invalid-chars',
			clean: '0104202600001234',
			kind: 'invoice',
			problems: [
				{ code: 'invalid-chars', chars: [{ char: 'О', looksLike: '0' }, { char: 'п' }, { char: 'л' }, { char: 'а' }, { char: 'т' }] },
			],
		},
	},
	{
		name: 'a label at the start, then words, then digits: the words stay errors',
		input: 'ИНН: код 1234567890123456',
		expected: {
			verdict: 'invalid-chars',
			clean: sixteen,
			problems: [{ code: 'invalid-chars', chars: [{ char: 'к' }, { char: 'о' }, { char: 'д' }] }],
		},
	},
	{
		name: 'a label after the digits is not a label',
		input: '0104 2026 0000 1234 Счёт',
		expected: { verdict: 'invalid-chars', kind: 'inn' },
	},
	{
		name: 'a label inside a word is not a label',
		input: 'Счётчик 0104 2026 0000 1234',
		expected: { verdict: 'invalid-chars', kind: 'inn' },
	},
	{ name: 'a degree sign for «№» is a label', input: 'N° 1234567890123456', expected: { verdict: 'ok', removed: ['label'] } },
	{ name: 'a lone «N» before the digits is a label', input: 'N 1234567890123456', expected: { verdict: 'ok', removed: ['label'] } },
	// Unicode digits
	{
		name: 'full-width digits',
		input: '１２３４５６７８９０１２３４５６',
		expected: { clean: sixteen, verdict: 'ok', removed: ['converted-digits'] },
	},
	{ name: 'Arabic-Indic digits', input: '١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦', expected: { clean: sixteen, verdict: 'ok', removed: ['converted-digits'] } },
	{ name: 'Extended Arabic-Indic digits', input: '۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶', expected: { clean: sixteen, removed: ['converted-digits'] } },
	{ name: 'mathematical bold digits', input: '𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗𝟎𝟏𝟐𝟑𝟒𝟓𝟔', expected: { clean: sixteen, verdict: 'ok' } },
	{ name: 'circled numbers are not digits', input: '⑱', expected: { clean: '', verdict: 'invalid-chars' } },
	// Lengths
	{ name: '13 digits', input: '1234567890123', expected: { verdict: 'too-short', problems: [{ code: 'too-short', missing: 3 }] } },
	{
		name: '14 digits with no known structure',
		input: '98765432101234',
		expected: { verdict: 'too-short', problems: [{ code: 'too-short', missing: 2 }] },
	},
	{ name: '15 digits', input: '123456789012345', expected: { verdict: 'too-short', problems: [{ code: 'too-short', missing: 1 }] } },
	{ name: '16 digits', input: sixteen, expected: { verdict: 'ok', length: 16 } },
	{ name: '17 digits', input: '12345678901234567', expected: { verdict: 'too-long', problems: [{ code: 'too-long', extra: 1 }] } },
	{ name: '20 digits', input: '12345678901234567890', expected: { verdict: 'too-long', problems: [{ code: 'too-long', extra: 4 }] } },
	{
		name: 'invoice number of 16 digits',
		input: '0000 0000 0000 0042',
		kind: 'invoice',
		expected: { verdict: 'ok', clean: '0000000000000042' },
	},
	{
		name: 'invoice number too short',
		input: '42',
		kind: 'invoice',
		expected: { verdict: 'too-short', problems: [{ code: 'too-short', missing: 14 }] },
	},
	// Empty
	{ name: 'empty', input: '', expected: { verdict: 'empty', problems: [{ code: 'empty' }], length: 0 } },
	{ name: 'only spaces', input: '   \u00a0 ', expected: { verdict: 'empty', clean: '' } },
	{ name: 'only separators', input: '- / .', expected: { verdict: 'empty' } },
	{ name: 'only a label', input: 'ИНН:', expected: { verdict: 'empty', removed: ['label'] } },
	// Letters and symbols
	{
		name: 'Cyrillic О for zero',
		input: '12345678901234О6',
		expected: {
			verdict: 'invalid-chars',
			clean: '123456789012346',
			problems: [
				{ code: 'invalid-chars', chars: [{ char: 'О', looksLike: '0' }] },
				{ code: 'too-short', missing: 1 },
			],
		},
	},
	{
		name: 'Latin l for one',
		input: 'l234567890123456',
		expected: {
			verdict: 'invalid-chars',
			problems: [
				{ code: 'invalid-chars', chars: [{ char: 'l', looksLike: '1' }] },
				{ code: 'too-short', missing: 1 },
			],
		},
	},
	{
		name: 'Cyrillic З for three',
		input: '12З4567890123456',
		expected: {
			problems: [
				{ code: 'invalid-chars', chars: [{ char: 'З', looksLike: '3' }] },
				{ code: 'too-short', missing: 1 },
			],
		},
	},
	{
		name: 'letters reported once each, in order',
		input: 'AB12A34B',
		expected: {
			problems: [
				{ code: 'invalid-chars', chars: [{ char: 'A' }, { char: 'B', looksLike: '8' }] },
				{ code: 'too-short', missing: 12 },
			],
		},
	},
	{
		name: 'symbols',
		input: '1234*5678#9012+3456',
		expected: { verdict: 'invalid-chars', problems: [{ code: 'invalid-chars', chars: [{ char: '*' }, { char: '#' }, { char: '+' }] }] },
	},
	{
		name: 'emoji',
		input: '1234567890123456😴',
		expected: { verdict: 'invalid-chars', problems: [{ code: 'invalid-chars', chars: [{ char: '😴' }] }] },
	},
	// 14-digit ИНН structures
	{
		name: 'a woman’s 14-digit ИНН',
		input: '11505199012345',
		expected: { verdict: 'short-inn', problems: [{ code: 'short-inn', holder: 'individual-female', date: '15.05.1990' }] },
	},
	{
		name: 'a man’s 14-digit ИНН',
		input: '2 0101 1985 00017',
		expected: { verdict: 'short-inn', problems: [{ code: 'short-inn', holder: 'individual-male', date: '01.01.1985' }] },
	},
	{
		name: 'an organisation’s 14-digit ИНН',
		input: '01203201210045',
		expected: { verdict: 'short-inn', problems: [{ code: 'short-inn', holder: 'organisation', date: '12.03.2012' }] },
	},
	{
		name: '29 February in a leap year',
		input: '12902200012345',
		expected: { verdict: 'short-inn', problems: [{ code: 'short-inn', holder: 'individual-female', date: '29.02.2000' }] },
	},
	{
		name: '29 February in a common year',
		input: '22902199912345',
		expected: {
			verdict: 'bad-date',
			problems: [{ code: 'bad-date', holder: 'individual-male', date: '29.02.1999', reason: 'no-such-day' }],
		},
	},
	{
		name: '31 February',
		input: '13102199012345',
		expected: {
			verdict: 'bad-date',
			problems: [{ code: 'bad-date', holder: 'individual-female', date: '31.02.1990', reason: 'no-such-day' }],
		},
	},
	{
		name: 'month 13',
		input: '20113199012345',
		expected: {
			verdict: 'bad-date',
			problems: [{ code: 'bad-date', holder: 'individual-male', date: '01.13.1990', reason: 'no-such-day' }],
		},
	},
	{
		name: 'day 00',
		input: '00001201012345',
		expected: { verdict: 'bad-date', problems: [{ code: 'bad-date', holder: 'organisation', date: '00.01.2010', reason: 'no-such-day' }] },
	},
	{
		name: 'a year before 1900',
		input: '10101189912345',
		expected: {
			verdict: 'bad-date',
			problems: [{ code: 'bad-date', holder: 'individual-female', date: '01.01.1899', reason: 'too-early' }],
		},
	},
	{
		name: 'a date in the future',
		input: '10101209912345',
		expected: {
			verdict: 'bad-date',
			problems: [{ code: 'bad-date', holder: 'individual-female', date: '01.01.2099', reason: 'in-future' }],
		},
	},
	{
		name: 'no such day in the future is no such day',
		input: '23102209912345',
		expected: { problems: [{ code: 'bad-date', holder: 'individual-male', date: '31.02.2099', reason: 'no-such-day' }] },
	},
	{
		name: 'the day after the check is in the future',
		input: '02611202612345',
		expected: { problems: [{ code: 'bad-date', holder: 'organisation', date: '26.11.2026', reason: 'in-future' }] },
	},
	{
		name: 'the day of the check is not',
		input: '02511202612345',
		expected: { verdict: 'short-inn', problems: [{ code: 'short-inn', holder: 'organisation', date: '25.11.2026' }] },
	},
	{
		name: 'a 14-digit ИНН shape typed as an invoice number is just short',
		input: '11505199012345',
		kind: 'invoice',
		expected: { verdict: 'too-short', problems: [{ code: 'too-short', missing: 2 }] },
	},
	{ name: '14 digits starting with 3 are no ИНН shape', input: '31505199012345', expected: { verdict: 'too-short' } },
];
