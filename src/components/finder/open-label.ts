import type { OpenStatus } from '../../lib/finder/open-status.ts';
import type { FinderTranslate } from './finder-keys.ts';

const DAY_MS = 86_400_000;

// Making a formatter costs far more than using one, and the list asks for one per terminal on a slow phone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A time as a Bishkek clock shows it; the weekday too when it is not within the next day. */
function when(date: Date, now: Date, locale: string): string {
	const sameDay = date.getTime() - now.getTime() < DAY_MS;
	const key = `${locale} ${sameDay}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, {
			timeZone: 'Asia/Bishkek',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
			...(sameDay ? {} : { weekday: 'short' }),
		});
		formatters.set(key, format);
	}
	return format.format(date);
}

/** What a terminal's status line says, in the reader's language. */
export function openLabel(status: OpenStatus, now: Date, locale: string, t: FinderTranslate): string {
	switch (status.state) {
		case 'open':
			return status.closesAt ? t('finder.openUntil', { time: when(status.closesAt, now, locale) }) : t('finder.open');
		case 'closes-soon':
			return t('finder.closesSoon', { time: when(status.closesAt, now, locale) });
		case 'closed':
			return status.opensAt ? t('finder.closedUntil', { when: when(status.opensAt, now, locale) }) : t('finder.closed');
		case 'unknown':
			return t('finder.unknown');
	}
}
