import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scripts = resolve(root, 'scripts');

/** Every module specifier a file imports: `from '…'`, `import '…'` and `import('…')`. */
function importedSpecifiers(source: string): string[] {
	return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g)].map(([, , specifier]) => specifier ?? '');
}

test.each([
	{ source: "import { a } from './lib/a.ts';", expected: ['./lib/a.ts'] },
	{ source: "import type { B } from '../test/b.ts';\nimport './c.ts';", expected: ['../test/b.ts', './c.ts'] },
	{ source: "const { d } = await import('../test/d.ts');", expected: ['../test/d.ts'] },
	{ source: "readFileSync(new URL('../test/fixtures/x.pdf', import.meta.url))", expected: [] },
])('finds the imports of $source', ({ source, expected }) => {
	expect(importedSpecifiers(source)).toEqual(expected);
});

// Tooling both scripts and tests use lives in scripts/lib/; tests may import scripts, never the other way.
test('scripts/ imports nothing from test/', () => {
	const files = readdirSync(scripts, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
	expect(files.length).toBeGreaterThan(10);
	const fromTest = files.flatMap((file) => {
		const path = resolve(scripts, file);
		return importedSpecifiers(readFileSync(path, 'utf8'))
			.filter((specifier) => specifier.startsWith('.'))
			.map((specifier) => relative(root, resolve(dirname(path), specifier)))
			.filter((target) => target.startsWith('test/'))
			.map((target) => `scripts/${file} imports ${target}`);
	});
	expect(fromTest).toEqual([]);
});
