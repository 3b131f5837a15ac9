/** Why a 14-digit ИНН's date cannot be right: no such day, or a real day it cannot hold. */
export type DateProblem = 'no-such-day' | 'too-early' | 'in-future';

interface StructureDate {
	/** As the reader would write it: DD.MM.YYYY. */
	text: string;
	/** Absent when the date is a real day between `earliestYear` and today. */
	problem?: DateProblem;
}

/** Reads the DDMMYYYY date at `start` and says whether it is a real calendar day between `earliestYear` and `today`. */
export function readStructureDate(digits: string, start: number, earliestYear: number, today: Date): StructureDate {
	const day = Number(digits.slice(start, start + 2));
	const month = Number(digits.slice(start + 2, start + 4));
	const year = Number(digits.slice(start + 4, start + 8));
	const text = `${digits.slice(start, start + 2)}.${digits.slice(start + 2, start + 4)}.${digits.slice(start + 4, start + 8)}`;
	const date = new Date(Date.UTC(year, month - 1, day));
	const isCalendarDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	if (!isCalendarDay) return { text, problem: 'no-such-day' };
	if (year < earliestYear) return { text, problem: 'too-early' };
	if (date.getTime() > today.getTime()) return { text, problem: 'in-future' };
	return { text };
}
