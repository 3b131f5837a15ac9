/**
 * The site's languages, declared once. Routes, `<html lang>`, hreflang alternates,
 * the language switch, the sitemap and the translation files all read this list.
 */
export const locales = [
	{ code: 'ky', name: 'Кыргызча', dir: 'ltr' },
	{ code: 'ru', name: 'Русский', dir: 'ltr' },
] as const satisfies readonly { code: string; name: string; dir: 'ltr' | 'rtl' }[];

export type Locale = (typeof locales)[number]['code'];
type LocaleInfo = (typeof locales)[number];

export const localeCodes: readonly Locale[] = locales.map((locale) => locale.code);

/** The language of `x-default`: Kyrgyz is the state language and the source guide's. */
export const defaultLocale: Locale = 'ky';

export function isLocale(value: string | undefined): value is Locale {
	return localeCodes.includes(value as Locale);
}

export function localeInfo(code: Locale): LocaleInfo {
	const info = locales.find((locale) => locale.code === code);
	if (!info) throw new Error(`Unknown locale "${code}": expected one of ${localeCodes.join(', ')}.`);
	return info;
}
