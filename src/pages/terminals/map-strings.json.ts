import type { APIRoute } from 'astro';
import { mapKeys } from '../../components/finder/map/map-keys.ts';
import { templatesOf } from '../../lib/i18n/format-message.ts';
import { localeCodes } from '../../lib/i18n/locales.ts';
import { uiStrings } from '../../lib/i18n/translations.ts';

/** The map's own strings in every language, fetched with its pins when a reader opens it. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(Object.fromEntries(localeCodes.map((locale) => [locale, templatesOf(uiStrings[locale], mapKeys)]))), {
		headers: { 'Content-Type': 'application/json' },
	});
