import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import Preview from '../../src/layouts/Preview.astro';
import { terminalAnchorPath, terminalPreviewPath } from '../../src/lib/share/paths.ts';
import { previewMeta } from '../../src/lib/share/preview-meta.ts';
import { terminalPreviewText } from '../../src/lib/share/terminal-preview.ts';

const decode = (text: string): string =>
	text.replace(/&(quot|lt|gt|#39|amp);/g, (_, name: string) => ({ quot: '"', lt: '<', gt: '>', '#39': "'", amp: '&' })[name] ?? '');

/** Every quoted attribute value removed: what is left is markup, where no script may appear. */
const markupOnly = (html: string): string => html.replace(/="[^"]*"/g, '=""');

const evil = '"><script>alert(1)</script>';

async function renderTerminal(place: string): Promise<string> {
	const text = terminalPreviewText(
		{ city: 'Бишкек & Ко', address: "ул. <b>Киевская</b>, 'A'", place, hours: '09:00–18:00' },
		{ hours: (hours) => `Режим работы: ${hours}`, fallbackTitle: 'Терминал' },
	);
	const preview = previewMeta({
		site: new URL('https://pay.example.kg'),
		locale: 'ru',
		previewPath: terminalPreviewPath('ru', 'bishkek-1'),
		targetPath: terminalAnchorPath('ru', 'bishkek-1'),
		...text,
		siteName: 'Оплата через Optima 24',
		imageAlt: 'Оплата Dos Tek Group через Optima 24',
	});
	const container = await AstroContainer.create();
	return container.renderToString(Preview, { props: { locale: 'ru', preview, linkText: 'Открыть терминал в списке' } });
}

test('a terminal page: title, description, card tags, canonical and the refresh to its anchor', async () => {
	const html = await renderTerminal('ТЦ «Дордой Плаза»');
	const target = 'https://pay.example.kg/ru/terminals/#t-bishkek-1';
	expect(decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')).toBe('ТЦ «Дордой Плаза» · Бишкек & Ко');
	const meta = Object.fromEntries(
		[...html.matchAll(/<meta (?:name|property|http-equiv)="([^"]+)" content="([^"]*)">/g)].map(([, key, content]) => [
			key,
			decode(content ?? ''),
		]),
	);
	expect(meta).toMatchObject({
		description: "ул. <b>Киевская</b>, 'A', Бишкек & Ко. Режим работы: 09:00–18:00",
		robots: 'noindex',
		refresh: '0; url=/ru/terminals/#t-bishkek-1',
		'og:title': 'ТЦ «Дордой Плаза» · Бишкек & Ко',
		'og:url': 'https://pay.example.kg/ru/t/bishkek-1/',
		'og:locale': 'ru_RU',
		'og:image': 'https://pay.example.kg/og/ru.png',
		'twitter:card': 'summary_large_image',
	});
	expect(html).toContain(`<link rel="canonical" href="${target}">`);
	expect(html).toContain(`<a href="/ru/terminals/#t-bishkek-1">Открыть терминал в списке</a>`);
	expect(markupOnly(html)).not.toContain('<b>');
});

test(`a terminal whose place is ${evil} stays text in the title, the tags and the page`, async () => {
	const html = await renderTerminal(evil);
	expect(markupOnly(html)).not.toMatch(/<script/i);
	expect(html).toContain('<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Бишкек &amp; Ко</title>');
	expect(html).toContain('<h1>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Бишкек &amp; Ко</h1>');
	const ogTitle = /<meta property="og:title" content="([^"]*)">/.exec(html)?.[1] ?? '';
	expect(decode(ogTitle)).toBe(`${evil} · Бишкек & Ко`);
});
