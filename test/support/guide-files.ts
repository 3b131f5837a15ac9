import { readFileSync } from 'node:fs';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales.ts';

export const guideFileURL = (locale: Locale): URL => new URL(`../../content/guide/${locale}.mdx`, import.meta.url);

/** Each language's guide source as editors wrote it. */
export const guideSources = localeCodes.map((locale) => ({
	locale,
	url: guideFileURL(locale),
	source: readFileSync(guideFileURL(locale), 'utf8'),
}));
