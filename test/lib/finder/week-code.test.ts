import { describe, expect, test } from 'vitest';
import { parseHours } from '../../../src/lib/finder/parse-hours.ts';
import { decodeWeek, encodeWeek } from '../../../src/lib/finder/week-code.ts';
import { generateRows, handWrittenRows } from '../../fixtures/terminal-pdf/rows.ts';

describe('encodeWeek', () => {
	test.each([
		['пн–пт 09:00–18:00, сб 10:00–15:00', '540-1080;540-1080;540-1080;540-1080;540-1080;600-900;'],
		['круглосуточно', '0-1440;0-1440;0-1440;0-1440;0-1440;0-1440;0-1440'],
		['пн–пт 09:00–18:00, перерыв 13:00–14:00', '540-780,840-1080;540-780,840-1080;540-780,840-1080;540-780,840-1080;540-780,840-1080;;'],
		['пт–сб 22:00–02:00', ';;;;1320-1560;1320-1560;'],
		['по договоренности', '!unrecognised'],
		['', '!empty'],
		['пн–пт', '!no-times'],
	])('%s → %s', (hours, code) => {
		expect(encodeWeek(parseHours(hours))).toBe(code);
	});
});

describe('decodeWeek', () => {
	const printed = [...new Set([...handWrittenRows, ...generateRows(500, 2)].map((row) => row.hours)), 'по договоренности', '20:00–02:00'];

	test.each(printed)('«%s» comes back as parsed', (hours) => {
		const parsed = parseHours(hours);
		expect(decodeWeek(encodeWeek(parsed))).toEqual(parsed.ok ? parsed : { ok: false, reason: parsed.reason });
	});

	test.each([
		['', 'unrecognised'],
		['540-1080', 'unrecognised'],
		['540-1080;;;;;;;', 'unrecognised'],
		['1080-540;;;;;;', 'unrecognised'],
		['1440-1500;;;;;;', 'unrecognised'],
		['0-2881;;;;;;', 'unrecognised'],
		['9:00-18:00;;;;;;', 'unrecognised'],
		['540-1080,;;;;;;', 'unrecognised'],
		['!no-times', 'no-times'],
		['!whatever', 'unrecognised'],
	])('«%s» is unknown: %s', (code, reason) => {
		expect(decodeWeek(code)).toEqual({ ok: false, reason });
	});

	test('a week with no open day stays a week', () => {
		expect(decodeWeek(';;;;;;')).toEqual({ ok: true, week: [[], [], [], [], [], [], []] });
	});
});
