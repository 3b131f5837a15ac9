import { describe, expect, test } from 'vitest';
import { checkNumber } from '../../../src/lib/number-check/check-number.ts';
import { describeCheck } from '../../../src/lib/number-check/messages.ts';
import { numberRules as rules } from '../../../src/lib/number-check/number-rules.ts';
import { useTranslations } from '../../../src/lib/i18n/translator.ts';
import { growthRatio, linearGrowthLimit } from '../../support/linear-time.ts';

const today = new Date(Date.UTC(2026, 10, 25));
const t = useTranslations('ru');

/** `length` characters cycling through `count` distinct letters that are neither digits nor separators. */
const distinct = (length: number) => Array.from({ length }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');

/** Shapes of a long paste that once made the checker quadratic, or could: each must grow linearly. */
const shapes = [
	{ name: 'dots', make: (length: number) => '.'.repeat(length) },
	{ name: 'spaces', make: (length: number) => ' '.repeat(length) },
	{ name: 'distinct non-digits', make: distinct },
	{ name: 'spaces, then digits', make: (length: number) => `${' '.repeat(length - 16)}1234567890123456` },
	{ name: 'labels, then digits', make: (length: number) => `${'№ '.repeat(length / 2 - 8)}1234567890123456` },
	{ name: 'a label word repeated without gaps', make: (length: number) => 'Счёт'.repeat(length / 4) },
	{ name: 'letters, then a label before the digits', make: (length: number) => `${'я'.repeat(length - 20)} Счёт 1234567890123456` },
	{ name: 'digits of another script', make: (length: number) => '١'.repeat(length) },
];

describe('checkNumber on 100,000-character pastes', () => {
	test.each(shapes)('$name: a verdict, in linear time', ({ make }) => {
		const check = (input: string) => describeCheck(checkNumber(input, 'inn', rules, today), t);
		expect(check(make(100_000)).verdict).not.toBe('');
		expect(growthRatio(check, make)).toBeLessThan(linearGrowthLimit);
	});
});
