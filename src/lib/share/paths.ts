import type { Locale } from '../i18n/locales.ts';

/**
 * Every URL a link to one step or terminal can take. The anchors are the promise (`/ru/#enter-number`,
 * `/ru/terminals/#t-<id>`); the preview pages are what a messenger fetches to show what a link points to.
 */
export const stepAnchorPath = (locale: Locale, stepId: string): string => `/${locale}/#${stepId}`;
export const stepPreviewPath = (locale: Locale, stepId: string): string => `/${locale}/s/${stepId}/`;
export const terminalAnchorPath = (locale: Locale, terminalId: string): string => `/${locale}/terminals/#t-${terminalId}`;
export const terminalPreviewPath = (locale: Locale, terminalId: string): string => `/${locale}/t/${terminalId}/`;

/** The 1200×630 card messengers show beside a link, one per language (`npm run og-images` draws them). */
export const previewImage = { width: 1200, height: 630, path: (locale: Locale): string => `/og/${locale}.png` } as const;
