import { readFileSync } from 'node:fs';
import type { Locale } from '../../../src/lib/i18n/locales.ts';

/** A piece of text the site shows a reader, and where an editor finds it. */
export interface SiteText {
	/** `content/i18n/ky.json checker.copied`, `content/guide/ru.mdx:12`. */
	where: string;
	text: string;
}

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** Attributes whose values a reader sees: a step's title, an app label's gloss. The rest (`id`, `kind`) are code. */
const visibleAttributes = new Set(['title', 'gloss']);

/** `{{count}}`, a URL, or `www.…`: not words. */
const notWords = /{{\s*\w+\s*}}|https?:\/\/\S+|www\.\S+/g;

/** A line of MDX as a reader sees it: JSX tags give only their visible attributes, links their text. */
export function visibleMdxLine(line: string): string {
	return line
		.replace(/{\/\*.*?\*\/}/g, ' ')
		.replace(/<\/?[A-Za-z][\w.]*((?:\s+[\w-]+(?:="[^"]*")?)*)\s*\/?>/g, (_tag, attributes: string) =>
			[...attributes.matchAll(/([\w-]+)="([^"]*)"/g)]
				.filter(([, name]) => name !== undefined && visibleAttributes.has(name))
				.map(([, , value]) => ` ${value ?? ''} `)
				.join(''),
		)
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^(title|description|lead):/, ' ')
		.replace(notWords, ' ');
}

/** The guide, line by line: front matter values, step titles, text. */
function guideTexts(locale: Locale): SiteText[] {
	const path = `content/guide/${locale}.mdx`;
	return read(path)
		.split('\n')
		.map((line, index) => ({ where: `${path}:${index + 1}`, text: visibleMdxLine(line) }));
}

/** Every UI string, by key. */
function uiTexts(locale: Locale): SiteText[] {
	const path = `content/i18n/${locale}.json`;
	const strings = JSON.parse(read(path)) as Record<string, string>;
	return Object.entries(strings).map(([key, text]) => ({ where: `${path} ${key}`, text: text.replace(notWords, ' ') }));
}

/** The labels the number checker removes that are words of this language («Счёт», «Төлөө эсеби»). */
function numberRuleTexts(locale: Locale): SiteText[] {
	const path = 'content/number-rules.json';
	const rules = JSON.parse(read(path)) as { labels: { text: string; lang?: string }[] };
	return rules.labels.flatMap(({ text, lang }, index) => (lang === locale ? [{ where: `${path} labels[${index}]`, text }] : []));
}

/** Everything in `locale` a reader of the site can see: the guide, the UI strings, the number rules' words. */
export function siteTexts(locale: Locale): SiteText[] {
	return [...guideTexts(locale), ...uiTexts(locale), ...numberRuleTexts(locale)];
}
