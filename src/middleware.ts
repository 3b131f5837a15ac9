import { defineMiddleware } from 'astro:middleware';
import { localeFromPath } from './lib/i18n/locale-from-path.ts';
import { defaultLocale } from './lib/i18n/locales.ts';
import { useTranslations } from './lib/i18n/translator.ts';

export const onRequest = defineMiddleware((context, next) => {
	const locale = localeFromPath(context.url.pathname) ?? defaultLocale;
	context.locals.locale = locale;
	context.locals.t = useTranslations(locale);
	return next();
});
