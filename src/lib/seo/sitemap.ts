import { localeCodes } from '../i18n/locales.ts';
import { alternateLinks } from './alternates.ts';
import { localizedPages, localizedPath, neutralPath } from './localized-path.ts';

/**
 * The sitemap of every indexable page: the language chooser and each page in each language,
 * each listing its language alternates so search engines show readers their own language.
 * Every URL is built from an origin and a fixed path, so none holds a character XML must escape.
 */
export function renderSitemap(site: URL): string {
	const urls = localizedPages.flatMap((page) => {
		const alternates = alternateLinks(site, page)
			.map(({ hreflang, href }) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${href}"/>`)
			.join('');
		const paths = [...(page === '' ? [neutralPath(page)] : []), ...localeCodes.map((locale) => localizedPath(locale, page))];
		return paths.map((path) => `<url><loc>${new URL(path, site).href}</loc>${alternates}</url>`);
	});
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
		`${urls.join('\n')}\n</urlset>\n`
	);
}
