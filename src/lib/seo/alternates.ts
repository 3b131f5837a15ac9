import { localeCodes } from '../i18n/locales.ts';
import { localizedPath, neutralPath, type LocalizedPage } from './localized-path.ts';

interface AlternateLink {
	hreflang: string;
	href: string;
}

/** hreflang alternates for one page that exists in every language, plus `x-default` (see `neutralPath`). */
export function alternateLinks(site: URL, page: LocalizedPage): AlternateLink[] {
	return [
		...localeCodes.map((locale) => ({ hreflang: locale, href: new URL(localizedPath(locale, page), site).href })),
		{ hreflang: 'x-default', href: new URL(neutralPath(page), site).href },
	];
}
