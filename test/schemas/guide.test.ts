import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { mdxToJs } from 'satteri';
import { GuideSchema } from '../../src/schemas/guide.ts';
import { guideSources } from '../support/guide-files.ts';

const valid = {
	title: 'Как оплатить через Optima 24',
	description: 'Пошаговая инструкция по оплате услуг Dos Tek Group в приложении Optima 24.',
	lead: 'Если вы пользуетесь Optima 24, можно оплатить услуги.',
};

describe('GuideSchema', () => {
	test.each([
		{ name: 'complete front matter', data: valid, ok: true },
		{ name: 'no description', data: { title: valid.title, lead: valid.lead }, ok: false },
		{ name: 'a description too short for search results', data: { ...valid, description: 'Оплата.' }, ok: false },
		{ name: 'an empty title', data: { ...valid, title: '' }, ok: false },
		{ name: 'no lead', data: { title: valid.title, description: valid.description }, ok: false },
	])('$name → ok: $ok', ({ data, ok }) => {
		expect(GuideSchema().safeParse(data).success).toBe(ok);
	});

	for (const { locale, source } of guideSources) {
		test(`accepts content/guide/${locale}.mdx's front matter`, () => {
			const frontmatter = mdxToJs(source).frontmatter;
			expect(frontmatter?.kind).toBe('yaml');
			expect(GuideSchema().safeParse(parse(frontmatter?.value ?? '')).error).toBeUndefined();
		});
	}
});
