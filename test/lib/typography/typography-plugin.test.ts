import { mdxToJs, type MdxToJsResult } from 'satteri';
import { describe, expect, test } from 'vitest';
import { typographyPlugin } from '../../../src/lib/typography/typography-plugin.ts';

const plugin = typographyPlugin((path) => /\/content\/guide\/(\w+)\.mdx$/.exec(path)?.[1]);

/** The compiled MDX with each no-break space shown as `~` and each no-break hyphen as `‑`. */
function compile(source: string, file: string): string {
	// The plugin has no async visitor, so the compile is synchronous.
	const { code } = mdxToJs(source, { mdastPlugins: [plugin], fileURL: new URL(`file:///site/${file}`) }) as MdxToJsResult;
	return code.replace(/\\xA0|\u00a0/g, '~').replace(/\\u2011|\u2011/g, '‑');
}

describe('typographyPlugin', () => {
	test.each([
		{
			name: 'typesets a paragraph in the file’s language',
			file: 'content/guide/ru.mdx',
			source: 'Нажмите на строку Dos Tek Group в приложении.',
			has: ['Нажмите на~строку Dos Tek Group в~приложении.'],
		},
		{
			name: 'uses the Kyrgyz rules for ky.mdx',
			file: 'content/guide/ky.mdx',
			source: 'ИНН же төлөө эсебин ЭЦП үчүн териңиз.',
			has: ['ИНН же~төлөө эсебин ЭЦП~үчүн териңиз.'],
		},
		{
			name: 'leaves the app’s labels as the app shows them',
			file: 'content/guide/ru.mdx',
			source: 'Откройте раздел <AppLabel>Платежи от дилеров/агентов</AppLabel> в меню.',
			has: ['"Платежи от дилеров/агентов"', '" в~меню."'],
		},
		{
			name: 'joins a component’s number to its suffix (ru)',
			file: 'content/guide/ru.mdx',
			source: 'Введите **<NumberLength kind="inn" />-значный ИНН** и нажмите.',
			has: ['"‑значный ИНН"', '" и~нажмите."'],
		},
		{
			name: 'joins a component’s number to its unit (ky)',
			file: 'content/guide/ky.mdx',
			source: 'Уюмдун **<NumberLength kind="inn" /> сандан турган ИННин** териңиз.',
			has: ['"~сандан турган ИННин"'],
		},
		{
			name: 'leaves code and URLs alone, and keeps a short word before a link on the link’s line',
			file: 'content/guide/ru.mdx',
			source: 'Введите `в приложение` на сайте [в банке](https://www.optimabank.kg/a-b/c.pdf) и всё.',
			has: ['"в приложение"', '" на~сайте "', '"в~банке"', '"https://www.optimabank.kg/a-b/c.pdf"', '" и~всё."'],
		},
		{
			name: 'passes other files untouched',
			file: 'content/other/page.mdx',
			source: 'Нажмите на строку в приложении.',
			has: ['Нажмите на строку в приложении.'],
		},
	])('$name', ({ source, file, has }) => {
		const code = compile(source, file);
		for (const text of has) expect(code).toContain(text);
	});
});
