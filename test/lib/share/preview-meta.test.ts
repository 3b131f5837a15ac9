import { expect, test } from 'vitest';
import { stepAnchorPath, stepPreviewPath, terminalAnchorPath, terminalPreviewPath } from '../../../src/lib/share/paths.ts';
import { previewMeta } from '../../../src/lib/share/preview-meta.ts';

const site = new URL('https://pay.example.kg');

const cases = [
	{
		name: 'a Russian step',
		input: {
			site,
			locale: 'ru' as const,
			previewPath: stepPreviewPath('ru', 'enter-number'),
			targetPath: stepAnchorPath('ru', 'enter-number'),
			title: 'Шаг 4 из 7 · Введите ИНН или номер счёта на оплату',
			description: 'В открывшейся форме введите одно из двух.',
			siteName: 'Оплата через Optima 24',
			imageAlt: 'Оплата Dos Tek Group через Optima 24',
		},
		target: 'https://pay.example.kg/ru/#enter-number',
		url: 'https://pay.example.kg/ru/s/enter-number/',
		image: 'https://pay.example.kg/og/ru.png',
		locale: 'ru_RU',
		alternate: 'ky_KG',
	},
	{
		name: 'a Kyrgyz terminal',
		input: {
			site,
			locale: 'ky' as const,
			previewPath: terminalPreviewPath('ky', 'bishkek-12'),
			targetPath: terminalAnchorPath('ky', 'bishkek-12'),
			title: 'ТЦ «Дордой Плаза», Бишкек',
			description: 'ул. Киевская, 77, Бишкек.',
			siteName: 'Optima 24 аркылуу төлөө',
			imageAlt: 'Optima 24 аркылуу Dos Tek Groupко төлөө',
		},
		target: 'https://pay.example.kg/ky/terminals/#t-bishkek-12',
		url: 'https://pay.example.kg/ky/t/bishkek-12/',
		image: 'https://pay.example.kg/og/ky.png',
		locale: 'ky_KG',
		alternate: 'ru_RU',
	},
];

test.each(cases)('$name: the anchor as target and refresh, every card tag', ({ input, target, url, image, locale, alternate }) => {
	const meta = previewMeta(input);
	expect(meta.title).toBe(input.title);
	expect(meta.description).toBe(input.description);
	expect(meta.canonical).toBe(target);
	expect(meta.targetPath).toBe(input.targetPath);
	expect(meta.refresh).toBe(`0; url=${input.targetPath}`);
	expect(Object.fromEntries(meta.meta.map(({ attribute, key, content }) => [`${attribute}:${key}`, content]))).toEqual({
		'name:robots': 'noindex',
		'property:og:type': 'website',
		'property:og:site_name': input.siteName,
		'property:og:title': input.title,
		'property:og:description': input.description,
		'property:og:url': url,
		'property:og:locale': locale,
		'property:og:locale:alternate': alternate,
		'property:og:image': image,
		'property:og:image:type': 'image/png',
		'property:og:image:width': '1200',
		'property:og:image:height': '630',
		'property:og:image:alt': input.imageAlt,
		'name:twitter:card': 'summary_large_image',
		'name:twitter:title': input.title,
		'name:twitter:description': input.description,
		'name:twitter:image': image,
		'name:twitter:image:alt': input.imageAlt,
	});
	expect(new Set(meta.meta.map(({ key }) => key)).size).toBe(meta.meta.length);
});
