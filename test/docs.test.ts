import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

/** The folders a repository path starts with; anything else in backticks is code, a URL or a page's address. */
const roots = ['src', 'scripts', 'test', 'content', 'deploy', 'docs', 'public', '.github', 'bench'];
const rootedPath = new RegExp(`^(?:\\./)?(?:${roots.map((folder) => folder.replace('.', '\\.')).join('|')})/[^\\s\`]*$`);

/**
 * The repository paths a page names in backticks: `src/lib/x.ts`, `docs/`, `public/og/<locale>.png`.
 * A `<placeholder>` or `*` stands for any name, `{a,b}` for each of its parts; `:12` after a file is a line.
 */
function namedPaths(markdown: string): string[] {
	return [...markdown.matchAll(/`([^`\n]+)`/g)]
		.map(([, span = '']) => span.trim().replace(/:\d+(-\d+)?$/, ''))
		.filter((span) => rootedPath.test(span));
}

/** The npm scripts a page tells a reader to run: `npm run X`, `npm run --silent X`. */
function namedScripts(markdown: string): string[] {
	return [...markdown.matchAll(/\bnpm run (?:--silent |-s )?([\w:.-]+)/g)].map(([, name = '']) => name);
}

/** The relative links a page makes, `[text](../bench/latest.md)`, as paths from the repository root. */
function linkedPaths(markdown: string, page: string): string[] {
	return [...markdown.matchAll(/\]\((?!https?:|mailto:|#)([^)\s]+)\)/g)].map(([, target = '']) =>
		relative(root, resolve(dirname(join(root, page)), target.replace(/#.*$/, ''))),
	);
}

/** Whether a named path exists; with a placeholder, `…` or a glob, whether anything matches it. */
function exists(path: string): boolean {
	const pattern = path
		.replace(/^\.\//, '')
		.replace(/<[^>/]+>/g, '*')
		.replaceAll('…', '*');
	const alternatives = /\{([^}]+)\}/.exec(pattern);
	if (alternatives) return (alternatives[1] ?? '').split(',').every((part) => exists(pattern.replace(alternatives[0], part)));
	if (!pattern.includes('*')) return existsSync(join(root, pattern));
	return globSync(pattern.replace(/\/$/, ''), { cwd: root }).length > 0;
}

const pages = ['README.md', ...readdirSync(join(root, 'docs')).flatMap((file) => (file.endsWith('.md') ? [`docs/${file}`] : []))];

describe('reading a page', () => {
	test.each([
		{ text: 'see `src/lib/finder/open-status.ts` and `scripts/`', paths: ['src/lib/finder/open-status.ts', 'scripts/'] },
		{ text: '`public/og/<locale>.png`, `/ky/terminals/`, `dist/`, `npm run bench`', paths: ['public/og/<locale>.png'] },
		{ text: '`test/e2e/budget.test.ts:12` and `const x = src/a`', paths: ['test/e2e/budget.test.ts'] },
		{ text: '`.github/workflows/ci.yml`, `./bench/latest.md`', paths: ['.github/workflows/ci.yml', './bench/latest.md'] },
	])('finds the paths in $text', ({ text, paths }) => {
		expect(namedPaths(text)).toEqual(paths);
	});

	test.each([
		{ text: '`npm run build`, then `npm run --silent weight`', names: ['build', 'weight'] },
		{ text: 'npm run bench -- terminals; npm run test:unit; npm test', names: ['bench', 'test:unit'] },
		{ text: '`npm run --silent terminals -- parse <file.pdf>`', names: ['terminals'] },
	])('finds the scripts in $text', ({ text, names }) => {
		expect(namedScripts(text)).toEqual(names);
	});

	test.each([
		{ path: 'src/lib/finder/open-status.ts', found: true },
		{ path: 'src/lib/finder/', found: true },
		{ path: 'public/og/<locale>.png', found: true },
		{ path: 'test/e2e/*.test.ts', found: true },
		{ path: 'test/lib/…', found: true },
		{ path: 'scripts/{bench,terminals}.ts', found: true },
		{ path: 'scripts/{bench,no-such-script}.ts', found: false },
		{ path: 'src/lib/no-such-file.ts', found: false },
		{ path: 'content/<name>/no-such.json', found: false },
	])('$path exists: $found', ({ path, found }) => {
		expect(exists(path)).toBe(found);
	});
});

describe.each(pages)('%s', (page) => {
	const markdown = readFileSync(join(root, page), 'utf8');

	test('names only paths that exist', () => {
		expect([...namedPaths(markdown), ...linkedPaths(markdown, page)].filter((path) => !exists(path))).toEqual([]);
	});

	test('names only npm scripts that exist', () => {
		expect(namedScripts(markdown).filter((name) => !scripts.includes(name))).toEqual([]);
	});
});
