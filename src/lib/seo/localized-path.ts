import { defaultLocale, isLocale, type Locale } from '../i18n/locales.ts';

/**
 * The pages that exist in every language, named by their path inside a language folder:
 * `''` is the guide (`/ky/`), `'terminals/'` the terminal finder (`/ky/terminals/`).
 */
export const localizedPages = ['', 'terminals/'] as const;
export type LocalizedPage = (typeof localizedPages)[number];

/** A page's address in one language: each language lives in its own folder. */
export function localizedPath(locale: Locale, page: LocalizedPage = '', hash = ''): string {
	return `/${locale}/${page}${hash}`;
}

/** Which localized page a path is, and in which language; `undefined` for the chooser, the 404 and anything else. */
export function pageOfPath(pathname: string): { locale: Locale; page: LocalizedPage } | undefined {
	const [, segment, ...rest] = pathname.split('/');
	const page = rest.join('/');
	if (!isLocale(segment)) return undefined;
	return localizedPages.find((each) => each === page) === undefined ? undefined : { locale: segment, page: page as LocalizedPage };
}

/**
 * Where a reader whose language is unknown goes: the chooser for the guide, whose own page
 * offers both languages, and the default language's version of every other page.
 */
export function neutralPath(page: LocalizedPage): string {
	return page === '' ? '/' : localizedPath(defaultLocale, page);
}
