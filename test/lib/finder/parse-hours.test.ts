import { describe, expect, test } from 'vitest';
import { parseHours, type ParsedHours } from '../../../src/lib/finder/parse-hours.ts';
import { generateRows, handWrittenRows } from '../../fixtures/terminal-pdf/rows.ts';

/** A week as seven strings, Monday first: «09:00-13:00 14:00-18:00», «» for closed, «20:00-26:00» past midnight. */
function show(parsed: ParsedHours): string[] | string {
	if (!parsed.ok) return parsed.reason;
	const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
	return parsed.week.map((ranges) => ranges.map((range) => `${hhmm(range.from)}-${hhmm(range.to)}`).join(' '));
}

const daily = (ranges: string): string[] => Array<string>(7).fill(ranges);
const weekdays = (ranges: string, saturday = '', sunday = ''): string[] => [...Array<string>(5).fill(ranges), saturday, sunday];
const always = daily('00:00-24:00');

describe('parseHours reads the formats lists print', () => {
	test.each([
		// Daily ranges
		['09:00–18:00', daily('09:00-18:00')],
		['9:00-18:00', daily('09:00-18:00')],
		['9.00–18.00', daily('09:00-18:00')],
		['с 9 до 18', daily('09:00-18:00')],
		['с 9:00 до 18:00 ч.', daily('09:00-18:00')],
		['08:00 - 22:00', daily('08:00-22:00')],
		['00:00–24:00', always],
		// Every day
		['ежедневно 09:00–21:00', daily('09:00-21:00')],
		['Ежедневно с 8 до 20', daily('08:00-20:00')],
		['күн сайын 08:00–20:00', daily('08:00-20:00')],
		['09:00–18:00 без выходных', daily('09:00-18:00')],
		['с 09:00 до 18:00, без перерыва и выходных', daily('09:00-18:00')],
		['09:00–21:00 ежедневно', daily('09:00-21:00')],
		['8:00 - 20:00, күн сайын', daily('08:00-20:00')],
		['пн–пт 09:00–18:00, ежедневно 10:00–12:00', daily('10:00-12:00')],
		// Working days and the weekend by name
		['будни 9–18, выходные 10–16', weekdays('09:00-18:00', '10:00-16:00', '10:00-16:00')],
		['в будние дни 09:00–18:00', weekdays('09:00-18:00')],
		['иш күндөрү 09:00–18:00, дем алыш күндөрү 10:00–16:00', weekdays('09:00-18:00', '10:00-16:00', '10:00-16:00')],
		['Пн-Пт: 9:00-18:00 Сб: 9:00-14:00', weekdays('09:00-18:00', '09:00-14:00')],
		['09:00–18:00 (сб, вс — выходной)', weekdays('09:00-18:00')],
		// Around the clock
		['круглосуточно', always],
		['Круглосуточно, без выходных', always],
		['круглосуточно, ежедневно', always],
		['24/7', always],
		['24 / 7', always],
		['24 часа', always],
		['24 саат', always],
		['күнү-түнү', always],
		['Күнү–түнү', always],
		['пн–пт круглосуточно', weekdays('00:00-24:00')],
		// Weekday ranges, Russian
		['пн–пт 09:00–18:00', weekdays('09:00-18:00')],
		['Пн-Пт 9:00-18:00', weekdays('09:00-18:00')],
		['Пн.-Пт.: 09:00-18:00', weekdays('09:00-18:00')],
		['пн–пт 09:00–18:00, сб 10:00–15:00', weekdays('09:00-18:00', '10:00-15:00')],
		['пн–сб 08:30–17:30, вс выходной', weekdays('08:30-17:30', '08:30-17:30')],
		['пн–пт 09:00–18:00; сб, вс — выходной', weekdays('09:00-18:00')],
		['пн–пт 09:00–18:00, выходной: сб, вс', weekdays('09:00-18:00')],
		['с понедельника по пятницу с 9 до 18', weekdays('09:00-18:00')],
		['понедельник–пятница 09:00–18:00, суббота 10:00–14:00, воскресенье выходной', weekdays('09:00-18:00', '10:00-14:00')],
		['пн, ср, пт 10:00–16:00', ['10:00-16:00', '', '10:00-16:00', '', '10:00-16:00', '', '']],
		['сб и вс 10:00–16:00', ['', '', '', '', '', '10:00-16:00', '10:00-16:00']],
		// Weekday ranges, Kyrgyz
		['дүйшөмбү–жума 09:00–17:30', weekdays('09:00-17:30')],
		['Дүй–Жума 09:00–18:00', weekdays('09:00-18:00')],
		['Дш-Жм 9:00-18:00', weekdays('09:00-18:00')],
		['дүйшөмбү–ишемби 08:00–19:00, жекшемби 09:00–15:00', weekdays('08:00-19:00', '08:00-19:00', '09:00-15:00')],
		['дүйшөмбү–жума 09:00–18:00, ишемби, жекшемби — дем алыш', weekdays('09:00-18:00')],
		['дүйшөмбү–жума 09:00–18:00, жекшемби дем алыш күнү', weekdays('09:00-18:00')],
		['дүйшөмбүдөн жумага чейин саат 9дан 18ге чейин', weekdays('09:00-18:00')],
		// Lunch breaks
		['пн–пт 09:00–18:00, перерыв 13:00–14:00', weekdays('09:00-13:00 14:00-18:00')],
		['09:00–18:00 (обед 12:00–13:00)', daily('09:00-12:00 13:00-18:00')],
		['пн–пт 09:00–18:00, обеденный перерыв 13:00–14:00', weekdays('09:00-13:00 14:00-18:00')],
		['дүйшөмбү–жума 09:00–18:00, тыныгуу 13:00–14:00', weekdays('09:00-13:00 14:00-18:00')],
		['дүйшөмбү–жума 09:00–18:00, түшкү тыныгуу 12:00–13:00', weekdays('09:00-12:00 13:00-18:00')],
		['пн–пт 09:00–18:00, сб 10:00–15:00, перерыв 13:00–14:00', weekdays('09:00-13:00 14:00-18:00', '10:00-13:00 14:00-15:00')],
		['пн–пт 09:00–18:00, перерыв 13:00–14:00, сб 10:00–15:00', weekdays('09:00-13:00 14:00-18:00', '10:00-15:00')],
		['пн–пт 09:00–18:00 без перерыва', weekdays('09:00-18:00')],
		// Borrowed from OpenStreetMap's opening_hours: split days, past midnight, wrapping weekdays, later rules win
		['пн–пт 08:00–12:00, 13:00–17:30', weekdays('08:00-12:00 13:00-17:30')],
		['20:00–02:00', daily('20:00-26:00')],
		['пт–сб 22:00–04:00', ['', '', '', '', '22:00-28:00', '22:00-28:00', '']],
		['пт–пн 10:00–20:00', ['10:00-20:00', '', '', '', '10:00-20:00', '10:00-20:00', '10:00-20:00']],
		['ежедневно 09:00–20:00, вс 10:00–16:00', weekdays('09:00-20:00', '09:00-20:00', '10:00-16:00')],
		['ежедневно 08:00–22:00, вс выходной', weekdays('08:00-22:00', '08:00-22:00')],
		['10:00–22:00, пн выходной', ['', '10:00-22:00', '10:00-22:00', '10:00-22:00', '10:00-22:00', '10:00-22:00', '10:00-22:00']],
		['пн–пт 09:00–18:00\nсб 10:00–14:00', weekdays('09:00-18:00', '10:00-14:00')],
		// PDF text: a no-break space, a zero-width space
		['пн–пт\u00a009:00–18:00', weekdays('09:00-18:00')],
		['\u200bпн–пт 09:00–18:00', weekdays('09:00-18:00')],
	])('%s', (text, week) => {
		expect(show(parseHours(text))).toEqual(week);
	});
});

describe('parseHours refuses what it cannot read, with a reason', () => {
	test.each([
		['', 'empty'],
		['   ', 'empty'],
		['—', 'empty'],
		['-', 'empty'],
		['😴', 'unrecognised'],
		['<img src=x onerror=alert(1)>', 'unrecognised'],
		['по договоренности', 'unrecognised'],
		['уточняйте по телефону', 'unrecognised'],
		['в часы работы магазина', 'unrecognised'],
		['09:00–18:00 кроме праздников', 'unrecognised'],
		['9:00', 'unrecognised'],
		['пн–пт 9', 'unrecognised'],
		['25:00–26:00', 'bad-time'],
		['09:60–18:00', 'bad-time'],
		['24:30–02:00', 'bad-time'],
		['24:00–08:00', 'bad-time'],
		['09:00–09:00', 'bad-time'],
		['с 9 до 30', 'bad-time'],
		['пн–пт', 'no-times'],
		['ежедневно', 'no-times'],
		['күн сайын', 'no-times'],
		['вс выходной', 'no-times'],
		['перерыв 13:00–14:00', 'no-times'],
		['выходной', 'no-days'],
		['круглосуточно (кроме воскресенья)', 'unrecognised'],
		['ежедневно, кроме праздников', 'unrecognised'],
	])('%s → %s', (text, reason) => {
		expect(show(parseHours(text))).toBe(reason);
	});

	test.each([
		['по договоренности', 'договоренности'],
		['25:00–26:00', '25:00'],
	])('%s names «%s»', (text, near) => {
		expect(parseHours(text)).toMatchObject({ ok: false, near });
	});
});

describe('every hours string the fixtures print', () => {
	const printed = [...new Set([...handWrittenRows, ...generateRows(2000, 1)].map((row) => row.hours))].sort();

	test.each(printed.filter((hours) => hours !== ''))('%s parses', (hours) => {
		expect(parseHours(hours).ok).toBe(true);
	});

	test('the fixtures print both languages, past the daily ranges', () => {
		expect(printed).toEqual(
			expect.arrayContaining(['күнү-түнү', 'дүйшөмбү–ишемби 08:00–19:00, жекшемби 09:00–15:00', 'пн–сб 08:30–17:30, вс выходной', '24/7']),
		);
	});
});
