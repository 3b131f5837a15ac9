import { localeCodes, type Locale } from '../i18n/locales.ts';
import { previewImage } from './paths.ts';

/** Open Graph names a language with its region, `ru_RU`; typed by `Locale`, so a new language cannot be forgotten. */
const ogLocales: Record<Locale, string> = { ky: 'ky_KG', ru: 'ru_RU' };

interface PreviewInput {
	site: URL;
	locale: Locale;
	/** This preview page, e.g. `/ru/s/enter-number/`. */
	previewPath: string;
	/** Where the reader is sent, e.g. `/ru/#enter-number`. */
	targetPath: string;
	title: string;
	description: string;
	siteName: string;
	imageAlt: string;
}

/** One `<meta>`: Open Graph uses `property`, everything else `name`. */
interface MetaTag {
	attribute: 'name' | 'property';
	key: string;
	content: string;
}

export interface PreviewMeta {
	title: string;
	description: string;
	/** The real anchor, absolute, for `<link rel="canonical">`. */
	canonical: string;
	/**
	 * The real anchor as a root-relative path, for the refresh and the visible link: a reader
	 * stays on the host that served the preview, whatever `site` the build was given.
	 */
	targetPath: string;
	/** The `content` of `<meta http-equiv="refresh">`. */
	refresh: string;
	meta: MetaTag[];
}

const tag = (attribute: MetaTag['attribute'], key: string, content: string): MetaTag => ({ attribute, key, content });

/**
 * The head of a preview page: a messenger fetches a URL without its `#fragment`, so each step
 * and terminal gets a page of its own whose tags name it, and which sends a reader on at once.
 * `og:url` is the preview page itself: a crawler that re-fetches `og:url` must land on these tags,
 * not on the guide's. Values are plain text; the page renders them escaped.
 */
export function previewMeta(input: PreviewInput): PreviewMeta {
	const image = new URL(previewImage.path(input.locale), input.site).href;
	return {
		title: input.title,
		description: input.description,
		canonical: new URL(input.targetPath, input.site).href,
		targetPath: input.targetPath,
		refresh: `0; url=${input.targetPath}`,
		meta: [
			tag('name', 'robots', 'noindex'),
			tag('property', 'og:type', 'website'),
			tag('property', 'og:site_name', input.siteName),
			tag('property', 'og:title', input.title),
			tag('property', 'og:description', input.description),
			tag('property', 'og:url', new URL(input.previewPath, input.site).href),
			tag('property', 'og:locale', ogLocales[input.locale]),
			...localeCodes.filter((code) => code !== input.locale).map((code) => tag('property', 'og:locale:alternate', ogLocales[code])),
			tag('property', 'og:image', image),
			tag('property', 'og:image:type', 'image/png'),
			tag('property', 'og:image:width', String(previewImage.width)),
			tag('property', 'og:image:height', String(previewImage.height)),
			tag('property', 'og:image:alt', input.imageAlt),
			tag('name', 'twitter:card', 'summary_large_image'),
			tag('name', 'twitter:title', input.title),
			tag('name', 'twitter:description', input.description),
			tag('name', 'twitter:image', image),
			tag('name', 'twitter:image:alt', input.imageAlt),
		],
	};
}
