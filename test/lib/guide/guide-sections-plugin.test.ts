import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { guideSectionsPlugin } from '../../../src/lib/guide/guide-sections-plugin.ts';
import { guideSources } from '../../support/guide-files.ts';

const plugin = guideSectionsPlugin((path) => path.includes('/content/guide/'));
const compile = (source: string, fileURL: URL) => mdxToJs(source, { mdastPlugins: [plugin], fileURL });

const edits = [
	{
		name: 'a missing step',
		edit: (source: string) => source.replace(/<Step id="enter-amount"[\s\S]*?<\/Step>/, ''),
		error: /no <Step id="enter-amount">/,
	},
	{
		name: 'a renamed step',
		edit: (source: string) => source.replace('<Step id="register"', '<Step id="registration"'),
		error: /<Step id="registration"> is not a guide section id/,
	},
	{
		name: 'steps out of order',
		edit: (source: string) => {
			const pay = /<Step id="pay"[\s\S]*?<\/Step>/.exec(source)?.[0] ?? '';
			return source.replace(pay, '').replace('<Step id="install-app"', `${pay}\n\n<Step id="install-app"`);
		},
		error: /out of order/,
	},
];

for (const { locale, url, source } of guideSources)
	describe(`content/guide/${locale}.mdx`, () => {
		test('compiles with every section in place', () => {
			expect(() => compile(source, url)).not.toThrow();
		});

		test.each(edits)('fails the build on $name', ({ edit, error }) => {
			const edited = edit(source);
			expect(edited).not.toBe(source);
			expect(() => compile(edited, url)).toThrow(error);
		});
	});

test('leaves files outside the guide alone', () => {
	expect(() => compile('<Step id="nothing-to-check">x</Step>', new URL('file:///site/content/other/page.mdx'))).not.toThrow();
});
