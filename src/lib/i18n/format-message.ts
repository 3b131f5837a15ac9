/**
 * The browser's share of i18next: UI strings shipped to a page as plain templates and filled
 * in there, without shipping i18next itself. It follows i18next's conventions exactly (plural
 * keys `key_one`, `key_few`… chosen by `Intl.PluralRules`, `{{name}}` placeholders), and a
 * test checks it gives i18next's own output for every string it is used with.
 */
export type Templates = Readonly<Record<string, string>>;
export type MessageValues = Readonly<Record<string, string | number>>;

export function formatMessage(templates: Templates, locale: string, key: string, values: MessageValues = {}): string {
	const { count } = values;
	const plural = typeof count === 'number' ? templates[`${key}_${new Intl.PluralRules(locale).select(count)}`] : undefined;
	const template = plural ?? templates[key] ?? key;
	return template.replace(/{{\s*(\w+)\s*}}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

/** The templates under one prefix, e.g. everything the number checker can say. */
export function templatesWithPrefix(strings: Templates, prefix: string): Templates {
	return Object.fromEntries(Object.entries(strings).filter(([key]) => key.startsWith(prefix)));
}

/** i18next's plural forms of a key: `key_one`, `key_few`… */
export const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** The templates of these keys, each with its plural forms: what one script fills in, and nothing else. */
export function templatesOf(strings: Templates, keys: readonly string[]): Templates {
	const wanted = new Set(keys);
	return Object.fromEntries(Object.entries(strings).filter(([key]) => wanted.has(key.replace(pluralSuffix, ''))));
}
