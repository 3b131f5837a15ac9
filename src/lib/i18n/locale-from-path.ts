import { isLocale, type Locale } from './locales.ts';

/** A page's language is its first path segment (`/ru/` → `ru`); pages outside a language folder have none. */
export function localeFromPath(pathname: string): Locale | undefined {
	const segment = pathname.split('/').find((part) => part !== '');
	return isLocale(segment) ? segment : undefined;
}
