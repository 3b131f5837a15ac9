import { z } from 'zod';
import ky from '../../../content/i18n/ky.json' with { type: 'json' };
import ru from '../../../content/i18n/ru.json' with { type: 'json' };
import { defaultLocale, localeCodes, type Locale } from './locales.ts';

/** Every language's UI strings: a flat object of dotted keys, one JSON file per language. */
const UiStringsSchema = z.record(z.string().min(1), z.string().min(1));

export type UiStrings = typeof ky;
export type UiKey = keyof UiStrings;

const files: Record<Locale, unknown> = { ky, ru };

/** Keys present in `strings` but not in `reference`, and the reverse. */
export function compareKeys(reference: object, strings: object): { missing: string[]; extra: string[] } {
	const expected = Object.keys(reference);
	const found = Object.keys(strings);
	return {
		missing: expected.filter((key) => !found.includes(key)),
		extra: found.filter((key) => !expected.includes(key)),
	};
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
	return parsed.data as UiStrings;
}

/** Parsed and checked at import, so a broken translation file fails the build, not a page. */
export const uiStrings = Object.fromEntries(localeCodes.map((locale) => [locale, loadUiStrings(locale)])) as Record<
	Locale,
	UiStrings
>;
