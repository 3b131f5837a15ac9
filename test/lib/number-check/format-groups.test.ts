import { expect, test } from 'vitest';
import { formatGroups } from '../../../src/lib/number-check/format-groups.ts';

test.each([
	['1234567890123456', '1234 5678 9012 3456'],
	['12345678901234', '1234 5678 9012 34'],
	['123', '123'],
	['', ''],
])('%s → %s', (digits, grouped) => {
	expect(formatGroups(digits)).toBe(grouped);
});
