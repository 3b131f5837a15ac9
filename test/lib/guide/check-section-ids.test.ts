import { describe, expect, test } from 'vitest';
import { checkSectionIds, describeSectionIdProblem, type SectionIdProblem } from '../../../src/lib/guide/check-section-ids.ts';
import { sectionIds } from '../../../src/lib/guide/sections.ts';

const all = [...sectionIds];
const without = (id: string) => all.filter((each) => each !== id);
const swapped = ['register', 'install-app', ...all.slice(2)];

const cases: { name: string; found: string[]; expected: SectionIdProblem[] }[] = [
	{ name: 'the full list in order', found: all, expected: [] },
	{ name: 'a missing step', found: without('choose-account'), expected: [{ code: 'missing', id: 'choose-account' }] },
	{
		name: 'a renamed step',
		found: all.map((id) => (id === 'pay' ? 'payment' : id)),
		expected: [
			{ code: 'unknown', id: 'payment' },
			{ code: 'missing', id: 'pay' },
		],
	},
	{ name: 'a repeated step', found: [...all, 'receipt'], expected: [{ code: 'duplicate', id: 'receipt' }] },
	{ name: 'two steps swapped', found: swapped, expected: [{ code: 'order', expected: all, found: swapped }] },
	{ name: 'no steps at all', found: [], expected: all.map((id) => ({ code: 'missing' as const, id })) },
];

describe('checkSectionIds', () => {
	test.each(cases)('$name', ({ found, expected }) => {
		expect(checkSectionIds(found)).toEqual(expected);
	});
});

describe('describeSectionIdProblem', () => {
	test.each([
		[{ code: 'unknown', id: 'payment' }, /"payment".*use one of: install-app/],
		[{ code: 'duplicate', id: 'pay' }, /"pay".*more than once/],
		[{ code: 'missing', id: 'pay' }, /no <Step id="pay">/],
		[{ code: 'order', expected: ['a', 'b'], found: ['b', 'a'] }, /expected a, b; found b, a/],
	] as [SectionIdProblem, RegExp][])('%o', (problem, message) => {
		expect(describeSectionIdProblem(problem)).toMatch(message);
	});
});
