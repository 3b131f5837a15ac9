import Typograf from 'typograf';
import type { Locale } from '../i18n/locales.ts';

const nbsp = '\u00a0';
const nbHyphen = '\u2011';

/**
 * Typograf knows Russian but not Kyrgyz. Kyrgyz gets a locale of its own: the Cyrillic
 * alphabet with ң, ө, ү (so "a word" does not stop at them) and the short words that lean on
 * the word after them. Kyrgyz has postpositions, not prepositions, so the list is the
 * conjunctions «же» (or), «жана» (and) and the demonstratives and determiners.
 */
if (!Typograf.hasLocale('ky')) {
	Typograf.addLocale('ky');
	Typograf.setData({
		'ky/char': 'а-яёңөү',
		'ky/shortWord': 'же|жана|бул|ал|ар|бир|ошол|ушул|ошо|бу|эч',
		'ky/quote': { left: '«„', right: '»“' },
	});
	Typograf.addRules([
		{
			name: 'ky/dash/main',
			// A dash between words, as in Russian: a no-break space before it, so a line never starts with it.
			handler: (text) => text.replace(/([ \u00a0])(--?|‒|–|—)([ \u00a0\n])/g, `${nbsp}—$3`),
		},
		{
			name: 'ky/nbsp/beforeParticle',
			// Particles and short postpositions lean on the word before them: «терминалдарынан да», «ЭЦП үчүн».
			handler: (text) => text.replace(/([\p{L}\d]) (да|де|та|те|эле|гана|үчүн)(?=$|[\s.,:;!?»)])/gu, `$1${nbsp}$2`),
		},
	]);
}

/**
 * The Typograf rules each language runs; everything else it offers is off, so words are never
 * rewritten, only joined. The apostrophe becomes ’, as the Markdown pipeline's smart punctuation
 * already makes it in the guide's text, so «Dos Tek Group’ту» is spelt one way everywhere.
 * Typograf's own number rule is off: it also glues a number to «и», «в», making chains like
 * «Optima 24 и терминалы» that cannot wrap; `joinNumbers` does it instead.
 */
const rules: Record<Locale, string[]> = {
	ru: [
		'common/punctuation/apostrophe',
		'common/nbsp/afterShortWordByList',
		'common/nbsp/beforeShortLastWord',
		'ru/dash/main',
		'ru/nbsp/abbr',
		'ru/nbsp/afterNumberSign',
		'ru/nbsp/beforeParticle',
	],
	ky: ['common/punctuation/apostrophe', 'common/nbsp/afterShortWordByList', 'ky/dash/main', 'ky/nbsp/beforeParticle'],
};

const typografs = new Map<Locale, Typograf>();

function typografFor(locale: Locale): Typograf {
	let typograf = typografs.get(locale);
	if (!typograf) {
		typograf = new Typograf({ locale: [locale, 'en-US'] });
		typograf.disableRule('*');
		for (const rule of rules[locale]) typograf.enableRule(rule);
		// i18next placeholders pass through untouched; the rules below join them where they stand for a number.
		typograf.addSafeTag('\\{\\{', '\\}\\}');
		typografs.set(locale, typograf);
	}
	return typograf;
}

/** i18next's `count` and the placeholders that hold a length or a step number in the UI strings. */
const numberPlaceholder = String.raw`\{\{(?:count|number|expected|length|digit)\}\}`;

/**
 * Joins what Typograf leaves: a number and the word it counts («16 цифр», «{{count}} сан», but
 * not «24 и»); a name and its short number («Optima 24», «Шаг 4», «Шаг {{number}}») unless the
 * number has a unit of its own («Нужно 16 цифр»), a brand's number always; and a number and its
 * suffix («16‑значный», «{{number}}‑кадам»).
 */
function joinNumbers(text: string, locale: Locale): string {
	const shortWord = String(Typograf.getData(`${locale}/shortWord`));
	const unitAfter = new RegExp(`^ (?!(?:${shortWord})(?!\\p{L}))\\p{Ll}`, 'u');
	const name = new RegExp(`(^|[\\s(«])(\\p{Lu}\\p{L}*) (\\d{1,3}|\\{\\{number\\}\\})(?![\\p{L}\\d])`, 'gu');
	const unit = new RegExp(`(^|[ («])(\\d{1,5}|${numberPlaceholder}) (?!(?:${shortWord})(?!\\p{L}))(?=\\p{Ll})`, 'gu');
	const suffix = new RegExp(`(\\d|${numberPlaceholder})-(?=\\p{L})`, 'gu');
	return text
		.replace(name, (match, before: string, word: string, number: string, offset: number, whole: string) => {
			const isBrand = /^[A-Za-z]+$/.test(word);
			const hasUnit = unitAfter.test(whole.slice(offset + match.length));
			return isBrand || !hasUnit ? `${before}${word}${nbsp}${number}` : match;
		})
		.replace(unit, `$1$2${nbsp}`)
		.replace(suffix, `$1${nbHyphen}`);
}

/** Marks around text that must be shown as written, such as an app label inside a sentence. */
const verbatimStart = '\ue000';
const verbatimEnd = '\ue001';
const verbatimParts = new RegExp(`${verbatimStart}([^${verbatimEnd}]*)${verbatimEnd}`, 'u');

/** Wraps text that `typeset()` must leave as written (an app's label quoted in a sentence); `typeset()` removes the marks. */
export const keepVerbatim = (text: string): string => `${verbatimStart}${text}${verbatimEnd}`;

/**
 * Typesets one run of plain text in a language: no-break spaces after short prepositions and
 * conjunctions, between a number and its unit, in «Optima 24» and «Шаг 4», before a dash; a
 * no-break hyphen in «16‑значный»; ’ for an apostrophe. Only spaces, hyphens and apostrophes
 * change: the words, quotes, URLs, `{{placeholders}}` and parts marked by `keepVerbatim()` stay
 * as written. Runs at build time; the browser never loads Typograf.
 */
export function typeset(text: string, locale: Locale): string {
	// split() with a capture group puts the verbatim parts at the odd indexes.
	return text
		.split(verbatimParts)
		.map((part, index) => (index % 2 === 1 ? part : joinNumbers(typografFor(locale).execute(part), locale)))
		.join('');
}
