import { localeCodes, type Locale } from '../i18n/locales.ts';

export interface AlternateLink {
	hreflang: string;
	href: string;
}

/** The path of the guide in one language: each language lives in its own folder. */
export function localePath(locale: Locale, hash = ''): string {
	return `/${locale}/${hash}`;
}

/**
 * hreflang alternates for a page that exists in every language, plus `x-default`,
 * which points to the language chooser so a reader whose language is unknown gets to pick.
 */
export function alternateLinks(site: URL): AlternateLink[] {
	return [
		...localeCodes.map((locale) => ({ hreflang: locale, href: new URL(localePath(locale), site).href })),
		{ hreflang: 'x-default', href: new URL('/', site).href },
	];
}
