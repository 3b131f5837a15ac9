/**
 * The words of opening hours as Russian and Kyrgyz lists print them, read into a few kinds of token.
 * A word this table does not know makes the whole string unreadable: the finder then says «unknown»
 * instead of guessing what the bank meant.
 */

/** Monday is 0: both languages start the week on Monday. */
export type Day = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type HoursToken =
	| { kind: 'day'; day: Day }
	| { kind: 'time'; minutes: number }
	/** A bare hour, «с 9 до 18»: a time only where a range expects one. */
	| { kind: 'hour'; hour: number }
	| { kind: 'dash' }
	| { kind: 'sep' }
	| { kind: 'always' }
	| { kind: 'daily' }
	| { kind: 'closed' }
	| { kind: 'break' };

type TokenizeResult = { ok: true; tokens: HoursToken[] } | { ok: false; reason: 'unrecognised' | 'bad-time'; near: string };

// Per day, Monday first: abbreviations match whole words; full names match as stems, so «понедельника»,
// «субботам», «жумага» count. Kyrgyz is written as folded (ү→у, ө→о).
const DAY_NAMES: readonly { abbreviations: readonly string[]; stems: readonly string[] }[] = [
	{ abbreviations: ['пн', 'пон', 'понед', 'дш', 'дуй', 'дуйш'], stems: ['понедельник', 'дуйшомбу'] },
	{ abbreviations: ['вт', 'втор', 'шш', 'шей', 'шейш'], stems: ['вторник', 'шейшемби'] },
	{ abbreviations: ['ср', 'шр', 'шар', 'шарш'], stems: ['сред', 'шаршемби'] },
	{ abbreviations: ['чт', 'четв', 'бш', 'бей', 'бейш'], stems: ['четверг', 'бейшемби'] },
	{ abbreviations: ['пт', 'пят', 'жм', 'жум'], stems: ['пятниц', 'жума'] },
	{ abbreviations: ['сб', 'суб', 'субб', 'ише', 'ишм'], stems: ['суббот', 'ишемби'] },
	{ abbreviations: ['вс', 'вск', 'воскр', 'жш', 'жк', 'жек', 'жекш'], stems: ['воскресен', 'жекшемби'] },
];
// Kyrgyz ablative («дүйшөмбүдөн», «9дан»): "from", so a range follows.
const ABLATIVE = /^[дт][аео]н$/;
const WITHOUT = /^(выходн|перерыв|обед)/;
const DASH_WORDS = new Set(['до', 'по', 'дан', 'ден', 'дон', 'тан', 'тен', 'тон']);
const SEPARATORS = new Set([',', ';', '\n', '(', ')', '/', 'и', 'жана']);
// Words that frame the hours without changing them: «с 9 до 18 ч.», «саат 9дан 18ге чейин», «Режим работы:».
const FILLERS = new Set(
	'с со от дни ч час часа часов саат чейин на тушку в режим работы график иш убактысы га ге го ка ке ко : .'.split(' '),
);

const RAW_TOKEN = /\d{1,2}[:.]\d{2}|\d+|[a-zа-я]+|[-\u2010-\u2015\u2212]|[^\s]|\n/g;
const DASH = /^[-\u2010-\u2015\u2212]$/;

function fold(text: string): string {
	// Zero-width spaces and marks that PDF text carries are no text at all.
	return text
		.replace(/\p{Cf}/gu, '')
		.toLowerCase()
		.replace(/ё/g, 'е')
		.replace(/ү/g, 'у')
		.replace(/ө/g, 'о')
		.replace(/ң/g, 'н');
}

function dayOf(word: string): { day: Day; from: boolean } | undefined {
	for (const [index, names] of DAY_NAMES.entries()) {
		const day = index as Day;
		if (names.abbreviations.includes(word)) return { day, from: false };
		const stem = names.stems.find((name) => word.startsWith(name));
		if (stem !== undefined) return { day, from: ABLATIVE.test(word.slice(stem.length)) };
	}
	return undefined;
}

/** The tokens of one hours string, or the first word that is not hours. */
export function tokenizeHours(text: string): TokenizeResult {
	const raw = fold(text).match(RAW_TOKEN) ?? [];
	const tokens: HoursToken[] = [];
	for (let i = 0; i < raw.length; i++) {
		const word = raw[i] as string;
		const next = raw[i + 1] ?? '';
		const afterNext = raw[i + 2] ?? '';
		if (word === '24' && next === '/' && afterNext === '7') {
			tokens.push({ kind: 'always' });
			i += 2;
		} else if (word === '24' && /^(час|саат|ч$)/.test(next)) {
			tokens.push({ kind: 'always' });
			i += 1;
		} else if (word === 'куну' && DASH.test(next) && afterNext === 'туну') {
			tokens.push({ kind: 'always' });
			i += 2;
		} else if (word.startsWith('круглосуточн') || word === 'кунутуну' || word === 'nonstop') {
			tokens.push({ kind: 'always' });
		} else if (word.startsWith('ежедневн') || (word === 'кун' && next === 'сайын')) {
			tokens.push({ kind: 'daily' });
			if (word === 'кун') i += 1;
		} else if (word === 'без' && WITHOUT.test(next)) {
			// «без выходных», «без перерыва и выходных» say nothing the times do not already say.
			i += 1;
			while (raw[i + 1] === 'и' && WITHOUT.test(raw[i + 2] ?? '')) i += 2;
		} else if (word.startsWith('будн') || (word === 'иш' && next.startsWith('кун'))) {
			// «будни», «иш күндөрү»: the working week.
			tokens.push({ kind: 'day', day: 0 }, { kind: 'dash' }, { kind: 'day', day: 4 });
			if (word === 'иш') i += 1;
		} else if (word === 'тыныгуусуз') {
			continue;
		} else if (word === 'дем' && next.startsWith('алыш')) {
			tokens.push({ kind: 'closed' });
			i += afterNext.startsWith('кун') ? 2 : 1;
		} else if (/^(выходн|закрыт|иштебейт)/.test(word)) {
			tokens.push({ kind: 'closed' });
		} else if (word === 'не' && next.startsWith('работа')) {
			tokens.push({ kind: 'closed' });
			i += 1;
		} else if (/^(перерыв|обед|тыныгуу)/.test(word)) {
			if (tokens.at(-1)?.kind !== 'break') tokens.push({ kind: 'break' });
		} else if (/^\d/.test(word)) {
			const [hours = '', minutes] = word.split(/[:.]/);
			const hour = Number(hours);
			if (minutes === undefined) tokens.push({ kind: 'hour', hour });
			else if (hour > 24 || Number(minutes) > 59 || (hour === 24 && minutes !== '00')) return { ok: false, reason: 'bad-time', near: word };
			else tokens.push({ kind: 'time', minutes: hour * 60 + Number(minutes) });
		} else if (DASH.test(word) || DASH_WORDS.has(word)) {
			tokens.push({ kind: 'dash' });
		} else if (SEPARATORS.has(word)) {
			tokens.push({ kind: 'sep' });
		} else if (!FILLERS.has(word)) {
			const day = dayOf(word);
			if (day === undefined) return { ok: false, reason: 'unrecognised', near: word };
			tokens.push({ kind: 'day', day: day.day });
			if (day.from) tokens.push({ kind: 'dash' });
		}
	}
	return { ok: true, tokens };
}
