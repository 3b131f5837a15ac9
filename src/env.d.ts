declare namespace App {
	interface Locals {
		/** The page's language, from its first path segment; the default locale elsewhere. */
		locale: import('./lib/i18n/locales.ts').Locale;
		/** UI strings in the page's language. */
		t: import('./lib/i18n/translate.ts').Translate;
	}
}
