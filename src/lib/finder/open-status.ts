import { DAY_MINUTES, type HoursReason, type ParsedHours } from './parse-hours.ts';

/** Bishkek keeps UTC+6 all year (no daylight saving since 2005), so a fixed offset is exact. */
const BISHKEK_UTC_OFFSET_MINUTES = 360;
/** «Closes soon» when the terminal closes within this many minutes: time to get there and pay. */
const CLOSES_SOON_MINUTES = 60;

export type OpenState = 'open' | 'closes-soon' | 'closed' | 'unknown';

/**
 * Whether a terminal is open at a moment. `closesAt` is absent for hours that never close (24/7);
 * `opensAt` is absent when the schedule never opens. The page formats both with Intl in Asia/Bishkek.
 */
export type OpenStatus =
	| { state: 'open'; closesAt?: Date }
	| { state: 'closes-soon'; closesAt: Date }
	| { state: 'closed'; opensAt?: Date }
	| { state: 'unknown'; reason: HoursReason };

const MINUTE_MS = 60_000;
const WEEK_MINUTES = 7 * DAY_MINUTES;
// 1970-01-01 was a Thursday: three days after a Monday.
const EPOCH_WEEKDAY = 3;

/** Minutes since Monday 00:00 in Bishkek, with the fraction: the machine's own time zone never enters. */
export function bishkekMinuteOfWeek(now: Date): number {
	const minutes = now.getTime() / MINUTE_MS + BISHKEK_UTC_OFFSET_MINUTES + EPOCH_WEEKDAY * DAY_MINUTES;
	return ((minutes % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
}

/** The week's open intervals in minutes since Monday 00:00, sorted and merged, Sunday night wrapped onto Monday. */
function weekIntervals(week: Extract<ParsedHours, { ok: true }>['week']): [number, number][] {
	const intervals: [number, number][] = [];
	week.forEach((ranges, day) => {
		for (const range of ranges) {
			const from = day * DAY_MINUTES + range.from;
			const to = day * DAY_MINUTES + range.to;
			if (to <= WEEK_MINUTES) intervals.push([from, to]);
			else intervals.push([from, WEEK_MINUTES], [0, to - WEEK_MINUTES]);
		}
	});
	intervals.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [from, to] of intervals) {
		const last = merged.at(-1);
		if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
		else merged.push([from, to]);
	}
	return merged;
}

/** Open, closing soon, closed or unknown at `now`, with when that changes. */
export function openStatus(hours: ParsedHours, now: Date): OpenStatus {
	if (!hours.ok) return { state: 'unknown', reason: hours.reason };
	const intervals = weekIntervals(hours.week);
	const first = intervals[0];
	const last = intervals.at(-1);
	if (first === undefined || last === undefined) return { state: 'closed' };
	if (first[0] === 0 && last[1] === WEEK_MINUTES && intervals.length === 1) return { state: 'open' };
	const minute = bishkekMinuteOfWeek(now);
	const at = (minutesAhead: number) => new Date(now.getTime() + minutesAhead * MINUTE_MS);
	const current = intervals.find(([from, to]) => from <= minute && minute < to);
	if (current !== undefined) {
		// An interval that ends at Sunday midnight goes on in Monday's first one.
		const end = current[1] === WEEK_MINUTES && first[0] === 0 ? WEEK_MINUTES + first[1] : current[1];
		const left = end - minute;
		return left <= CLOSES_SOON_MINUTES ? { state: 'closes-soon', closesAt: at(left) } : { state: 'open', closesAt: at(left) };
	}
	const next = intervals.find(([from]) => from > minute)?.[0] ?? first[0] + WEEK_MINUTES;
	return { state: 'closed', opensAt: at(next - minute) };
}
