import { tokenizeHours, type Day, type HoursToken } from './hours-tokens.ts';

/**
 * Opening hours as printed («пн–пт 09:00–18:00, сб 10:00–15:00», «күнү-түнү») into a weekly schedule.
 * Rules follow OpenStreetMap's opening_hours: days a string does not name are closed, and a later rule
 * replaces an earlier one for its days («ежедневно 9–20, вс выходной»). Anything else is refused with
 * a reason, never guessed.
 */

/** Minutes in a day: what a `TimeRange`'s minutes count from. */
export const DAY_MINUTES = 1440;

/** Minutes after the day's midnight; `to` may pass DAY_MINUTES when a range runs past midnight («20:00–02:00»). */
export interface TimeRange {
	from: number;
	to: number;
}

/** Seven days, Monday first, each with its open ranges in order; no ranges means closed. */
type WeekSchedule = readonly (readonly TimeRange[])[];

export const hoursReasons = ['empty', 'unrecognised', 'bad-time', 'no-times', 'no-days'] as const;
/** Why hours could not be read: nothing printed, a word we do not know, an impossible time, days without times, times without days. */
export type HoursReason = (typeof hoursReasons)[number];

export type ParsedHours = { ok: true; week: WeekSchedule } | { ok: false; reason: HoursReason; near?: string };

const ALL_DAYS: readonly Day[] = [0, 1, 2, 3, 4, 5, 6];
const WEEKEND: readonly Day[] = [5, 6];

interface Rule {
	days: readonly Day[];
	/** `undefined` when the rule closes its days. */
	ranges: TimeRange[] | undefined;
	breaks: TimeRange[];
}

type Step<T> = { ok: true; value: T } | { ok: false; reason: HoursReason; near?: string };

class Reader {
	private index = 0;
	private readonly tokens: readonly HoursToken[];
	constructor(tokens: readonly HoursToken[]) {
		this.tokens = tokens;
	}

	peek(offset = 0): HoursToken | undefined {
		return this.tokens[this.index + offset];
	}

	take(): HoursToken | undefined {
		return this.tokens[this.index++];
	}

	/** Skips dashes and separators when what follows is one of `kinds`: «пн–пт: 9–18», «сб, вс — выходной». */
	skipPunctuationBefore(kinds: readonly HoursToken['kind'][]): void {
		let offset = 0;
		while (this.peek(offset)?.kind === 'dash' || this.peek(offset)?.kind === 'sep') offset++;
		const next = this.peek(offset);
		if (next !== undefined && kinds.includes(next.kind)) this.index += offset;
	}
}

function isTime(token: HoursToken | undefined): boolean {
	return token?.kind === 'time' || token?.kind === 'hour';
}

function minutesOf(token: HoursToken | undefined): number | undefined {
	if (token?.kind === 'time') return token.minutes;
	if (token?.kind === 'hour' && token.hour <= 24) return token.hour * 60;
	return undefined;
}

/** «пн–пт», «сб, вс», «пт–пн» (wrapping the weekend), «ежедневно»; `undefined` when no day comes next. */
function readDays(reader: Reader): Day[] | undefined {
	if (reader.peek()?.kind === 'daily') {
		reader.take();
		return [...ALL_DAYS];
	}
	const days: Day[] = [];
	for (;;) {
		const first = reader.peek();
		if (first?.kind !== 'day') break;
		reader.take();
		const last = reader.peek(1);
		if (reader.peek()?.kind === 'dash' && last?.kind === 'day') {
			reader.take();
			reader.take();
			for (let day = first.day; ; day = ((day + 1) % 7) as Day) {
				days.push(day);
				if (day === last.day) break;
			}
		} else {
			days.push(first.day);
		}
		if (reader.peek()?.kind === 'sep' && reader.peek(1)?.kind === 'day') reader.take();
		else break;
	}
	return days.length > 0 ? days : undefined;
}

/** «09:00–18:00», «с 9 до 18», «09:00–13:00, 14:00–18:00», «20:00–02:00». */
function readRanges(reader: Reader): Step<TimeRange[]> {
	const ranges: TimeRange[] = [];
	for (;;) {
		const startToken = reader.take();
		const dash = reader.take();
		const endToken = reader.take();
		const from = minutesOf(startToken);
		const to = minutesOf(endToken);
		if (dash?.kind !== 'dash' || !isTime(endToken)) return { ok: false, reason: 'unrecognised', near: 'range' };
		if (from === undefined || to === undefined || from === DAY_MINUTES || from === to) return { ok: false, reason: 'bad-time' };
		ranges.push({ from, to: to < from ? to + DAY_MINUTES : to });
		if (reader.peek()?.kind === 'sep' && isTime(reader.peek(1)) && reader.peek(2)?.kind === 'dash') reader.take();
		else return { ok: true, value: ranges };
	}
}

/** The open ranges left once the breaks are taken out. */
function withoutBreaks(ranges: readonly TimeRange[], breaks: readonly TimeRange[]): TimeRange[] {
	let open = [...ranges];
	for (const pause of breaks) {
		open = open.flatMap((range) =>
			[
				{ from: range.from, to: Math.min(range.to, pause.from) },
				{ from: Math.max(range.from, pause.to), to: range.to },
			].filter((part) => part.to > part.from),
		);
	}
	return open;
}

function skipTrailingDaily(reader: Reader): void {
	reader.skipPunctuationBefore(['daily']);
	if (reader.peek()?.kind !== 'daily') return;
	let offset = 1;
	while (reader.peek(offset)?.kind === 'dash' || reader.peek(offset)?.kind === 'sep') offset++;
	const next = reader.peek(offset)?.kind;
	// «…, ежедневно 10–12» starts a rule of its own.
	if (next !== 'time' && next !== 'hour' && next !== 'always' && next !== 'closed') reader.take();
}

function readRules(reader: Reader): Step<Rule[]> {
	const rules: Rule[] = [];
	// A break belongs to every rule since the previous break: «пн–пт 9–18, сб 10–15, перерыв 13–14».
	let sinceBreak: Rule[] = [];
	while (reader.peek() !== undefined) {
		const token = reader.peek() as HoursToken;
		if (token.kind === 'sep' || token.kind === 'dash') {
			reader.take();
			continue;
		}
		if (token.kind === 'break') {
			reader.take();
			reader.skipPunctuationBefore(['time', 'hour']);
			if (sinceBreak.length === 0) return { ok: false, reason: 'no-times', near: 'break' };
			const pauses = readRanges(reader);
			if (!pauses.ok) return pauses;
			for (const rule of sinceBreak) rule.breaks.push(...pauses.value);
			sinceBreak = [];
			continue;
		}
		if (token.kind === 'closed') {
			reader.take();
			reader.skipPunctuationBefore(['day', 'daily', 'time', 'hour']);
			if (isTime(reader.peek())) {
				// «выходные 10–16», «дем алыш күндөрү 10–16»: the weekend's hours, not a day off.
				const ranges = readRanges(reader);
				if (!ranges.ok) return ranges;
				const rule: Rule = { days: WEEKEND, ranges: ranges.value, breaks: [] };
				rules.push(rule);
				sinceBreak.push(rule);
				continue;
			}
			// «выходной: сб, вс»
			const days = readDays(reader);
			if (days === undefined) return { ok: false, reason: 'no-days' };
			rules.push({ days, ranges: undefined, breaks: [] });
			continue;
		}
		const days = readDays(reader);
		reader.skipPunctuationBefore(['time', 'hour', 'always', 'closed']);
		const spec = reader.peek();
		let rule: Rule;
		if (spec?.kind === 'always') {
			reader.take();
			// «круглосуточно, ежедневно» says the same thing twice.
			reader.skipPunctuationBefore(['daily']);
			if (reader.peek()?.kind === 'daily') reader.take();
			rule = { days: days ?? ALL_DAYS, ranges: [{ from: 0, to: DAY_MINUTES }], breaks: [] };
		} else if (spec?.kind === 'closed' && days !== undefined) {
			reader.take();
			rule = { days, ranges: undefined, breaks: [] };
		} else if (isTime(spec)) {
			const ranges = readRanges(reader);
			if (!ranges.ok) return ranges;
			rule = { days: days ?? ALL_DAYS, ranges: ranges.value, breaks: [] };
		} else {
			return days === undefined ? { ok: false, reason: 'unrecognised', near: spec?.kind ?? 'end' } : { ok: false, reason: 'no-times' };
		}
		rules.push(rule);
		sinceBreak.push(rule);
		// «09:00–21:00 ежедневно»: every day after the times repeats what a rule without days means.
		if (days === undefined) skipTrailingDaily(reader);
	}
	return { ok: true, value: rules };
}

/** Reads one hours string; see `ParsedHours` for what comes back. */
export function parseHours(text: string): ParsedHours {
	// «—», «-» or nothing: the list prints no hours. A stray symbol is something, and not hours.
	if (/^[\s\p{P}\p{Cf}]*$/u.test(text)) return { ok: false, reason: 'empty' };
	const tokens = tokenizeHours(text);
	if (!tokens.ok) return tokens;
	const rules = readRules(new Reader(tokens.tokens));
	if (!rules.ok) return rules;
	if (rules.value.length === 0) return { ok: false, reason: 'unrecognised', near: text.trim() };
	// «вс выходной» alone names no open hours at all: that is missing information, not "always closed".
	if (rules.value.every((rule) => rule.ranges === undefined)) return { ok: false, reason: 'no-times' };
	const week: TimeRange[][] = ALL_DAYS.map(() => []);
	for (const rule of rules.value) {
		for (const day of rule.days) week[day] = rule.ranges === undefined ? [] : withoutBreaks(rule.ranges, rule.breaks);
	}
	return { ok: true, week };
}
