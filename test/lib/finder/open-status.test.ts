import { describe, expect, test } from 'vitest';
import { bishkekMinuteOfWeek, openStatus, type OpenStatus } from '../../../src/lib/finder/open-status.ts';
import { parseHours } from '../../../src/lib/finder/parse-hours.ts';

// Moments are written in Bishkek time (+06:00); 2026-11-23 is a Monday, 2026-11-29 a Sunday.
const at = (bishkek: string) => new Date(`${bishkek}+06:00`);

/** The status with its moment written back in Bishkek time, to compare against literals. */
function show(status: OpenStatus): string {
	const bishkek = (date: Date) => new Date(date.getTime() + 6 * 3_600_000).toISOString().slice(0, 16);
	switch (status.state) {
		case 'open':
			return status.closesAt === undefined ? 'open' : `open until ${bishkek(status.closesAt)}`;
		case 'closes-soon':
			return `closes-soon at ${bishkek(status.closesAt)}`;
		case 'closed':
			return status.opensAt === undefined ? 'closed' : `closed until ${bishkek(status.opensAt)}`;
		case 'unknown':
			return `unknown: ${status.reason}`;
	}
}

describe('openStatus', () => {
	test.each([
		// A daily range; 60 minutes before closing is «closes soon», the closing minute itself is closed.
		['09:00–18:00', '2026-11-25T08:59', 'closed until 2026-11-25T09:00'],
		['09:00–18:00', '2026-11-25T09:00', 'open until 2026-11-25T18:00'],
		['09:00–18:00', '2026-11-25T16:59', 'open until 2026-11-25T18:00'],
		['09:00–18:00', '2026-11-25T17:00', 'closes-soon at 2026-11-25T18:00'],
		['09:00–18:00', '2026-11-25T17:59', 'closes-soon at 2026-11-25T18:00'],
		['09:00–18:00', '2026-11-25T18:00', 'closed until 2026-11-26T09:00'],
		['09:00–18:00', '2026-11-25T23:30', 'closed until 2026-11-26T09:00'],
		// Weekdays and the weekend
		['пн–пт 09:00–18:00, сб 10:00–15:00', '2026-11-28T12:00', 'open until 2026-11-28T15:00'],
		['пн–пт 09:00–18:00, сб 10:00–15:00', '2026-11-28T15:00', 'closed until 2026-11-30T09:00'],
		['пн–пт 09:00–18:00, сб 10:00–15:00', '2026-11-29T12:00', 'closed until 2026-11-30T09:00'],
		['дүйшөмбү–ишемби 08:00–19:00, жекшемби 09:00–15:00', '2026-11-29T14:30', 'closes-soon at 2026-11-29T15:00'],
		['пн–сб 08:30–17:30, вс выходной', '2026-11-29T10:00', 'closed until 2026-11-30T08:30'],
		// A lunch break
		['пн–пт 09:00–18:00, перерыв 13:00–14:00', '2026-11-25T12:30', 'closes-soon at 2026-11-25T13:00'],
		['пн–пт 09:00–18:00, перерыв 13:00–14:00', '2026-11-25T13:30', 'closed until 2026-11-25T14:00'],
		['пн–пт 09:00–18:00, перерыв 13:00–14:00', '2026-11-25T14:00', 'open until 2026-11-25T18:00'],
		// Past midnight, and past Sunday midnight onto Monday
		['20:00–02:00', '2026-11-25T23:00', 'open until 2026-11-26T02:00'],
		['20:00–02:00', '2026-11-26T01:30', 'closes-soon at 2026-11-26T02:00'],
		['20:00–02:00', '2026-11-26T02:00', 'closed until 2026-11-26T20:00'],
		['20:00–02:00', '2026-11-29T23:00', 'open until 2026-11-30T02:00'],
		['20:00–02:00', '2026-11-30T00:30', 'open until 2026-11-30T02:00'],
		['пт–сб 22:00–04:00', '2026-11-29T03:30', 'closes-soon at 2026-11-29T04:00'],
		['пт–сб 22:00–04:00', '2026-11-29T04:00', 'closed until 2026-12-04T22:00'],
		// Open at both ends of Sunday night: one stretch, not two
		['ежедневно 06:00–24:00, пн 00:00–24:00', '2026-11-29T23:30', 'open until 2026-12-01T00:00'],
		// Around the clock never closes
		['круглосуточно', '2026-11-25T03:00', 'open'],
		['24/7', '2026-11-29T23:59', 'open'],
		['пн–пт круглосуточно', '2026-11-27T23:30', 'closes-soon at 2026-11-28T00:00'],
		['пн–пт круглосуточно', '2026-11-28T09:00', 'closed until 2026-11-30T00:00'],
		// Unreadable hours stay unknown
		['по договоренности', '2026-11-25T12:00', 'unknown: unrecognised'],
		['', '2026-11-25T12:00', 'unknown: empty'],
	])('%s at %s → %s', (hours, bishkek, expected) => {
		expect(show(openStatus(parseHours(hours), at(bishkek)))).toBe(expected);
	});

	test('the moment keeps its seconds: closing time is exact, not rounded to the minute', () => {
		const status = openStatus(parseHours('09:00–18:00'), at('2026-11-25T17:59:30'));
		expect(status).toEqual({ state: 'closes-soon', closesAt: new Date('2026-11-25T12:00:00Z') });
	});

	test('a week with no open minute is closed with no opening time', () => {
		expect(openStatus({ ok: true, week: [[], [], [], [], [], [], []] }, at('2026-11-25T12:00'))).toEqual({ state: 'closed' });
	});
});

describe('bishkekMinuteOfWeek', () => {
	test.each([
		['2026-11-23T00:00:00+06:00', 0],
		['2026-11-22T18:00:00Z', 0],
		['2026-11-25T10:30:00+06:00', 2 * 1440 + 630],
		['2026-11-29T23:59:00+06:00', 7 * 1440 - 1],
		['2026-11-29T18:00:00Z', 0],
		['1970-01-01T00:00:00Z', 3 * 1440 + 360],
		['1969-12-29T00:00:00+06:00', 0],
	])('%s → %s', (iso, minute) => {
		expect(bishkekMinuteOfWeek(new Date(iso))).toBe(minute);
	});
});
