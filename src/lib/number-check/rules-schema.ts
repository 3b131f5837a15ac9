import { z } from 'zod';
import { isLocale, localeCodes } from '../i18n/locales.ts';
import { parseContentFile } from '../content/parse-content-file.ts';
import type { NumberRules } from './rules.ts';

/** The numbers a reader can enter at step 4. */
const numberKindIds = ['inn', 'invoice'] as const;
/** Who a 14-digit ИНН belongs to, read from its first digit. */
const holders = ['organisation', 'individual-female', 'individual-male'] as const;

/** The schema of `content/number-rules.json`, what editors change to adjust the checker. */
export const NumberRulesSchema = () =>
	z.object({
		/** The numbers a reader can enter at step 4, each with the length the payment asks for. */
		kinds: z
			.array(
				z.object({
					id: z.enum(numberKindIds),
					/** Digits the app expects; changing it here changes every verdict. */
					length: z.int().min(1).max(64),
					/** Shorter forms worth naming, such as the 14-digit Kyrgyz ИНН. */
					structures: z.array(
						z.object({
							holder: z.enum(holders),
							length: z.int().min(9).max(64),
							/** The digit(s) the form starts with. */
							prefix: z.string().regex(/^\d+$/),
							/** Where the DDMMYYYY date starts, counting from 0. */
							dateStart: z.int().min(0),
						}),
					),
				}),
			)
			.min(1),
		/**
		 * Words people paste with the number («ИНН:», «Счёт на оплату №», «Төлөө эсеби №»), removed
		 * at the start of the paste or just before its digits. One entry per written form: matching
		 * ignores case but not «ё»/«е», so both spellings are listed.
		 */
		labels: z.array(
			z.strictObject({
				text: z.string().min(1),
				/** A label that names the number also chooses its kind: «Счёт» is an invoice's number. */
				kind: z.enum(numberKindIds).optional(),
				/** The language a word is in, so the spell-check tests read it with that language's dictionary. */
				lang: z
					.string()
					.refine(isLocale, { error: `expected a language of the site: ${localeCodes.join(', ')}` })
					.optional(),
			}),
		),
		/** Letters mistaken for digits: reported with the digit they look like, never replaced. */
		lookAlikes: z.record(z.string().length(1), z.string().regex(/^\d$/)),
		/** Dates in a 14-digit ИНН before this year are not real. */
		earliestYear: z.int().min(1800),
	});

/** Parses the rules file, or throws naming the field that is wrong and how. */
export function parseNumberRules(data: unknown, source = 'content/number-rules.json'): NumberRules {
	return parseContentFile(NumberRulesSchema(), data, source);
}
