import { describe, expect, test } from 'vitest';
import { formatDuration, progressLine, tenth, timeLeftMs } from '../../../scripts/lib/progress-format.ts';

describe('formatDuration', () => {
	test.each([
		[0, '0 s'],
		[-5, '0 s'],
		[1_499, '1 s'],
		[59_000, '59 s'],
		[60_000, '1 min 00 s'],
		[245_000, '4 min 05 s'],
		[3_599_000, '59 min 59 s'],
		[3_600_000, '1 h 00 min'],
		[4_330_000, '1 h 12 min'],
	])('%i ms → %s', (ms, text) => {
		expect(formatDuration(ms)).toBe(text);
	});
});

describe('progressLine', () => {
	test.each([
		[{ done: 0, total: 400, found: 0, elapsedMs: 0 }, '0/400 addresses (0 %), 0 found, time left not known yet'],
		[{ done: 120, total: 400, found: 85, elapsedMs: 120_000 }, '120/400 addresses (30 %), 85 found, about 4 min 40 s left'],
		[{ done: 399, total: 400, found: 300, elapsedMs: 399_000 }, '399/400 addresses (99 %), 300 found, about 1 s left'],
		[{ done: 400, total: 400, found: 301, elapsedMs: 400_000 }, '400/400 addresses (100 %), 301 found, done'],
		[{ done: 0, total: 0, found: 0, elapsedMs: 0 }, '0/0 addresses (100 %), 0 found, done'],
	])('%o', (state, line) => {
		expect(progressLine(state, 'addresses')).toBe(line);
	});

	test('time left follows the pace so far', () => {
		expect(timeLeftMs({ done: 10, total: 30, found: 0, elapsedMs: 20_000 })).toBe(40_000);
		expect(timeLeftMs({ done: 0, total: 30, found: 0, elapsedMs: 20_000 })).toBeUndefined();
	});

	test('time left is never under the rate limit’s', () => {
		expect(timeLeftMs({ done: 1, total: 4, found: 0, elapsedMs: 0, msPerItemAtLeast: 1000 })).toBe(3000);
		expect(timeLeftMs({ done: 1, total: 4, found: 0, elapsedMs: 5000, msPerItemAtLeast: 1000 })).toBe(15_000);
	});
});

describe('tenth', () => {
	test.each([
		[0, 7, 0],
		[1, 7, 1],
		[6, 7, 8],
		[7, 7, 10],
		[9, 100, 0],
		[10, 100, 1],
		[0, 0, 10],
	])('%i of %i → %i', (done, total, expected) => {
		expect(tenth(done, total)).toBe(expected);
	});
});
