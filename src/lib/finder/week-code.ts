import { DAY_MINUTES, hoursReasons, type HoursReason, type ParsedHours, type TimeRange } from './parse-hours.ts';

/**
 * Parsed hours as a short string, so the build can parse every terminal's hours once and write the
 * result into the page (`data-week`), and the browser ships only `openStatus`, not the parser.
 * Seven days, Monday first, joined by «;»; each day's ranges «from-to» in minutes joined by «,»:
 * «540-1080;540-1080;540-1080;540-1080;540-1080;600-900;». Unreadable hours are «!» and the reason.
 */
export function encodeWeek(parsed: ParsedHours): string {
	if (!parsed.ok) return `!${parsed.reason}`;
	return parsed.week.map((ranges) => ranges.map((range) => `${range.from}-${range.to}`).join(',')).join(';');
}

const RANGE = /^(\d{1,4})-(\d{1,4})$/;

/** Reads `encodeWeek`'s string back; anything malformed is unknown hours, never a guessed schedule. */
export function decodeWeek(code: string): ParsedHours {
	if (code.startsWith('!')) {
		const reason = code.slice(1);
		return { ok: false, reason: (hoursReasons as readonly string[]).includes(reason) ? (reason as HoursReason) : 'unrecognised' };
	}
	const days = code.split(';');
	if (days.length !== 7) return { ok: false, reason: 'unrecognised' };
	const week: TimeRange[][] = [];
	for (const day of days) {
		const ranges: TimeRange[] = [];
		for (const part of day === '' ? [] : day.split(',')) {
			const match = RANGE.exec(part);
			const from = Number(match?.[1]);
			const to = Number(match?.[2]);
			// A range starts within its day and may run at most one day past midnight.
			if (match === null || from >= DAY_MINUTES || to <= from || to > 2 * DAY_MINUTES) return { ok: false, reason: 'unrecognised' };
			ranges.push({ from, to });
		}
		week.push(ranges);
	}
	return { ok: true, week };
}
