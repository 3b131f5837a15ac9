import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultLocale, localeCodes } from '../../../src/lib/i18n/locales.ts';
import { compareKeys, uiStrings } from '../../../src/lib/i18n/translations.ts';

const root = new URL('../../../', import.meta.url);
const readJson = (path: string): Record<string, string> => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

describe('compareKeys', () => {
	test.each([
		{ name: 'same keys', strings: { a: '1', b: '2' }, expected: { missing: [], extra: [] } },
		{ name: 'a missing key', strings: { a: '1' }, expected: { missing: ['b'], extra: [] } },
		{ name: 'an extra key', strings: { a: '1', b: '2', c: '3' }, expected: { missing: [], extra: ['c'] } },
	])('$name', ({ strings, expected }) => {
		expect(compareKeys({ a: 'x', b: 'y' }, strings)).toEqual(expected);
	});
});

describe.each(localeCodes)('content/i18n/%s.json', (locale) => {
	const strings = readJson(`content/i18n/${locale}.json`);

	test(`has exactly the keys of ${defaultLocale}.json`, () => {
		expect(compareKeys(readJson(`content/i18n/${defaultLocale}.json`), strings)).toEqual({ missing: [], extra: [] });
	});

	test('uses the same {{placeholders}} in every string as the default language', () => {
		const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
		for (const [key, text] of Object.entries(uiStrings[defaultLocale])) {
			expect(placeholders(strings[key] ?? ''), key).toEqual(placeholders(text));
		}
	});
});

/** Every source file that can name a UI string. */
function sourceFiles(dir: URL): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(astro|ts)$/.test(file))
		.map((file) => readFileSync(new URL(file, dir), 'utf8'));
}

test('every key used in the code exists', () => {
	// `t('key')` calls, and keys passed to components as `textKey="key"`.
	const used = sourceFiles(new URL('src/', root)).flatMap((source) =>
		[...source.matchAll(/\bt\(\s*'([^']+)'|\btextKey="([^"]+)"/g)].map((match) => match[1] ?? match[2]),
	);
	expect(used.length).toBeGreaterThan(5);
	expect(used.filter((key) => key !== undefined && !(key in uiStrings[defaultLocale]))).toEqual([]);
});
