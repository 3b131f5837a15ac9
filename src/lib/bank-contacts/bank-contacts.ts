import { z } from 'zod';
import contactsFile from '../../../content/bank-contacts.json' with { type: 'json' };
import { parseContentFile } from '../content/parse-content-file.ts';

/** Who a free number is free for; each is a sentence in the UI strings. */
export const freeFor = ['kyrgyztelecom-landlines'] as const;
export type FreeFor = (typeof freeFor)[number];

/**
 * The schema of `content/bank-contacts.json`: Optima Bank's contact-centre numbers, which the
 * guide gives where it sends a reader to the bank. They are copied from the bank's site, which
 * stays the reference: the page they were read from and the day are kept beside them.
 */
export const BankContactsSchema = () =>
	z.strictObject({
		source: z.strictObject({
			/** The bank's page the numbers were read from; the guide links to it. */
			url: z.url({ protocol: /^https$/ }),
			/** The day they were read there, YYYY-MM-DD. */
			read: z.iso.date(),
		}),
		phones: z
			.array(
				z.strictObject({
					/** As the bank writes it; the `tel:` link is made from its digits and a leading «+». */
					number: z.string().regex(/^\+?\d[\d -]{4,}\d$/, 'expected digits, spaces and dashes, with an optional leading +'),
					/** Set when calling is free for some callers: whom. */
					free: z.enum(freeFor).optional(),
				}),
			)
			.min(1),
	});

export type BankContacts = z.infer<ReturnType<typeof BankContactsSchema>>;
export type BankPhone = BankContacts['phones'][number];

/** `content/bank-contacts.json`, checked once at import, so a broken file fails the build. */
export const bankContacts: BankContacts = parseContentFile(BankContactsSchema(), contactsFile, 'content/bank-contacts.json');

/** A phone number as a `tel:` link: «+996 312 90-59-59» → `tel:+996312905959`. */
export const telHref = (number: string): string => `tel:${number.replace(/[^\d+]/g, '')}`;
