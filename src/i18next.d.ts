import type { UiStrings } from './lib/i18n/translations.ts';

declare module 'i18next' {
	interface CustomTypeOptions {
		keySeparator: false;
		nsSeparator: false;
		resources: { translation: UiStrings };
	}
}
