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

/** Keys present in `reference` but not in `strings`, and the reverse, plural forms aside. */
export function compareKeys(reference: object, strings: object): { missing: string[]; extra: string[] } {
	const expected = baseKeys(reference);
	const found = baseKeys(strings);
	return {
		missing: expected.filter((key) => !found.includes(key)),
		extra: found.filter((key) => !expected.includes(key)),
	};
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
	const { missing, extra } = compareKeys(files[defaultLocale] as object, parsed.data);
	if (missing.length > 0 || extra.length > 0) {
		throw new Error(
			`content/i18n/${locale}.json must have exactly the keys of content/i18n/${defaultLocale}.json; ` +
				`missing: ${missing.join(', ') || 'none'}; extra: ${extra.join(', ') || 'none'}. Add or remove those keys.`,
		);
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
export const uiStrings = Object.fromEntries(localeCodes.map((locale) => [locale, loadUiStrings(locale)])) as Record<Locale, UiStrings>;
