import { z } from 'zod';
import ky from '../../../content/i18n/ky.json' with { type: 'json' };
import ru from '../../../content/i18n/ru.json' with { type: 'json' };
import { typeset } from '../typography/typeset.ts';
import { pluralSuffix } from './format-message.ts';
import { defaultLocale, localeCodes, type Locale } from './locales.ts';

/** Every language's UI strings: a flat object of dotted keys, one JSON file per language. */
const UiStringsSchema = z.record(z.string().min(1), z.string().min(1));

export type UiStrings = typeof ky;

const files: Record<Locale, unknown> = { ky, ru };

/** Keys without their plural suffix: languages differ in plural forms, not in what they say. */
const baseKeys = (strings: object): string[] => [...new Set(Object.keys(strings).map((key) => key.replace(pluralSuffix, '')))];

/**
 * Each key some language file has and another lacks, plural forms aside, as one sentence naming the
 * file that lacks it and the files that have it: «content/i18n/ky.json is missing step.copied, which
 * ru.json has». Said both ways, so removing a key from one file is never blamed on the other.
 */
export function parityProblems(files: Readonly<Record<string, object>>): string[] {
	const keys = Object.fromEntries(Object.entries(files).map(([locale, strings]) => [locale, new Set(baseKeys(strings))]));
	const all = [...new Set(Object.values(keys).flatMap((set) => [...set]))];
	return Object.keys(files).flatMap((locale) =>
		all
			.filter((key) => !keys[locale]?.has(key))
			.map((key) => {
				const having = Object.keys(files).filter((other) => keys[other]?.has(key));
				return `content/i18n/${locale}.json is missing ${key}, which ${having.map((other) => `${other}.json`).join(' and ')} has`;
			}),
	);
}

/**
 * Plural keys that lack one of the language's plural forms (Russian: one, few, many, other;
 * Kyrgyz: one, other), each as `key_form`.
 */
export function missingPluralForms(strings: object, locale: string): string[] {
	const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
	const keys = Object.keys(strings);
	const plural = [...new Set(keys.filter((key) => pluralSuffix.test(key)).map((key) => key.replace(pluralSuffix, '')))];
	return plural.flatMap((key) => categories.map((category) => `${key}_${category}`)).filter((key) => !keys.includes(key));
}

function loadUiStrings(locale: Locale): UiStrings {
	const parsed = UiStringsSchema.safeParse(files[locale]);
	if (!parsed.success) {
		throw new Error(`content/i18n/${locale}.json: expected an object of non-empty strings; ${z.prettifyError(parsed.error)}`);
	}
	const forms = missingPluralForms(parsed.data, locale);
	if (forms.length > 0) {
		throw new Error(`content/i18n/${locale}.json lacks plural forms this language uses: ${forms.join(', ')}. Add them.`);
	}
	return Object.fromEntries(Object.entries(parsed.data).map(([key, text]) => [key, typeset(text, locale)])) as UiStrings;
}

/**
 * Parsed and checked at import, so a broken translation file fails the build, not a page; and
 * typeset there, once, so every `t()` result and every template shipped to the browser carries
 * the same no-break spaces without the browser doing any typography.
 */
function loadAll(): Record<Locale, UiStrings> {
	const parity = parityProblems(files as Record<Locale, object>);
	if (parity.length > 0) throw new Error(`${parity.join('; ')}. Add each key to the file that lacks it, in that language.`);
	return Object.fromEntries(localeCodes.map((locale) => [locale, loadUiStrings(locale)])) as Record<Locale, UiStrings>;
}

export const uiStrings = loadAll();

/** Every key as code names it (plural forms aside); parity holds by now, so one language's file answers for all. */
const knownKeys = new Set(baseKeys(uiStrings[defaultLocale]));

/**
 * Throws naming the keys and the files when the code asks for a UI string no language has: a key
 * removed from both files fails the build instead of shipping the raw key.
 */
export function requireKeys(wanted: readonly string[]): void {
	const unknown = wanted.filter((key) => !knownKeys.has(key));
	if (unknown.length > 0)
		throw new Error(
			`the code uses ${unknown.join(', ')}, which neither ${localeCodes.map((locale) => `content/i18n/${locale}.json`).join(' nor ')} has; add ${unknown.length === 1 ? 'it' : 'them'} to both.`,
		);
}
