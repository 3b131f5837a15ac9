import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkNumber, verdicts } from '../../../src/lib/number-check/check-number.ts';
import { parseNumberRules } from '../../../src/lib/number-check/rules-schema.ts';
import { cases } from './cases.ts';

const rulesJson = JSON.parse(readFileSync(new URL('../../../content/number-rules.json', import.meta.url), 'utf8'));
const rules = parseNumberRules(rulesJson);
const today = new Date(Date.UTC(2026, 10, 25));

describe('checkNumber', () => {
	test.each(cases)('$name', ({ input, kind = 'inn', expected }) => {
		expect(checkNumber(input, kind, rules, today)).toMatchObject(expected);
	});

	test('the cases reach every verdict', () => {
		const reached = new Set(cases.map(({ input, kind = 'inn' }) => checkNumber(input, kind, rules, today).verdict));
		expect([...reached].sort()).toEqual([...verdicts].sort());
	});

	test.each(['', '€', '😴', '⑱', '\ud800', '\u0000', 'ИНН'.repeat(10_000), '1'.repeat(100_000), '\u202e123', 'null'])(
		'never throws, and never says ok, on junk: %j',
		(junk) => {
			expect(checkNumber(junk, 'inn', rules, today).verdict).not.toBe('ok');
		},
	);

	test('the length comes from the rules file, not the code', () => {
		const twelve = structuredClone(rulesJson);
		twelve.kinds[0].length = 12;
		const edited = parseNumberRules(twelve);
		expect(checkNumber('1234 5678 9012', 'inn', edited, today).verdict).toBe('ok');
		expect(checkNumber('1234 5678 9012', 'inn', rules, today).verdict).toBe('too-short');
	});
});

describe('parseNumberRules', () => {
	test('accepts content/number-rules.json', () => {
		expect(rules.kinds.map(({ id, length }) => [id, length])).toEqual([
			['inn', 16],
			['invoice', 16],
		]);
	});

	test.each([
		{ name: 'a length that is not a number', edit: (data: typeof rulesJson) => (data.kinds[0].length = '16'), field: /kinds\[0\]\.length/ },
		{ name: 'a missing kind list', edit: (data: typeof rulesJson) => delete data.kinds, field: /kinds/ },
		{ name: 'a look-alike mapped to a letter', edit: (data: typeof rulesJson) => (data.lookAlikes['О'] = 'O'), field: /lookAlikes/ },
		{ name: 'an unknown holder', edit: (data: typeof rulesJson) => (data.kinds[0].structures[0].holder = 'company'), field: /holder/ },
	])('rejects $name, naming the field', ({ edit, field }) => {
		const broken = structuredClone(rulesJson);
		edit(broken);
		expect(() => parseNumberRules(broken)).toThrow(field);
	});
});
