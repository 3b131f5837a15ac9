import { readFileSync } from 'node:fs';
import type { SectionId } from '../../src/lib/guide/sections.ts';
import { stepSummaries, type StepSummary } from '../../src/lib/guide/step-summaries.ts';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales.ts';

export const guideFileURL = (locale: Locale): URL => new URL(`../../content/guide/${locale}.mdx`, import.meta.url);

/** Each language's guide source as editors wrote it. */
export const guideSources = localeCodes.map((locale) => ({
	locale,
	url: guideFileURL(locale),
	source: readFileSync(guideFileURL(locale), 'utf8'),
}));

/** Each step of a language's guide as a link to it describes it: its id, title and first sentence. */
export const guideSteps = (locale: Locale): StepSummary[] =>
	stepSummaries(guideSources.find((each) => each.locale === locale)?.source ?? '', locale);

/** One step of a language's guide, by its id; a test of a step the guide lost fails here, saying so. */
export function guideStep(locale: Locale, id: SectionId): StepSummary {
	const step = guideSteps(locale).find((each) => each.id === id);
	if (!step) throw new Error(`content/guide/${locale}.mdx has no step "${id}".`);
	return step;
}
