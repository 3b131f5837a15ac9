import i18next from 'i18next';
import { localeCodes, type Locale } from './locales.ts';
import type { Translate } from './translate.ts';
import { requireKeys, uiStrings } from './translations.ts';

const i18n = i18next.createInstance();

// Resources are bundled, so init runs synchronously and `t` works right after import.
await i18n.init({
	resources: Object.fromEntries(localeCodes.map((locale) => [locale, { translation: uiStrings[locale] }])),
	supportedLngs: localeCodes,
	// Parity is enforced at import and by tests, so a fallback would only hide a bug.
	fallbackLng: false,
	keySeparator: false,
	nsSeparator: false,
	initAsync: false,
	// Astro escapes every expression it renders; escaping here too would double-escape.
	interpolation: { escapeValue: false },
});

export function useTranslations(locale: Locale): Translate {
	const t = i18n.getFixedT(locale);
	return (key, values = {}) => {
		requireKeys([key]);
		return t(key, values);
	};
}
