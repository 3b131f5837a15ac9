import { z } from 'zod';
import { parseContentFile } from '../../content/parse-content-file.ts';
import type { ColumnField } from '../schema.ts';

/** Plain type of `content/terminals/header-synonyms.json`. */
export interface HeaderSynonyms {
	fields: Record<ColumnField, string[]>;
	dateLabels: string[];
	/** Headers of columns the list leaves out on purpose, so they are not reported as unknown. */
	ignore?: string[] | undefined;
}

const phrases = z.array(z.string().trim().min(1)).min(1);

/** The schema of `content/terminals/header-synonyms.json`: the words editors add when the bank renames a column. */
export const HeaderSynonymsSchema = () =>
	z.strictObject({
		/** Header texts per field, in Russian and Kyrgyz; case, ё/е and punctuation do not matter. */
		fields: z.strictObject({
			/** The row number column. */
			n: phrases,
			region: phrases,
			city: phrases,
			address: phrases,
			place: phrases,
			hours: phrases,
			/** Latitude and longitude in one cell, «42.87, 74.59». */
			coordinates: phrases,
			/** Latitude in a column of its own. */
			lat: phrases,
			/** Longitude in a column of its own. */
			lng: phrases,
		}),
		/** Words printed before the list's date, as in «Обновлено: 01.11.2026». */
		dateLabels: phrases,
		/**
		 * Headers of columns a list may print that the site does not use («Тип устройства»,
		 * «Валюта»): left out without an `unknown-column` warning. Any other column a header
		 * names is left out too, and reported once so it can be mapped here if it matters.
		 */
		ignore: phrases.optional(),
	}) satisfies z.ZodType<HeaderSynonyms>;

/** Parses the synonyms file, or throws naming the field that is wrong. */
export function parseHeaderSynonyms(data: unknown, source = 'content/terminals/header-synonyms.json'): HeaderSynonyms {
	return parseContentFile(HeaderSynonymsSchema(), data, source);
}
