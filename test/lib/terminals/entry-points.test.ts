import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';

const library = fileURLToPath(new URL('../../../src/lib/', import.meta.url));

/** Every module `entry` loads, following static imports and re-exports (type-only ones too): relative paths resolved, packages as named. */
function staticImports(entry: string): { files: Set<string>; packages: Set<string> } {
	const files = new Set<string>();
	const packages = new Set<string>();
	const visit = (file: string) => {
		if (files.has(file)) return;
		files.add(file);
		for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
			if (fileName.startsWith('.')) visit(resolve(dirname(file), fileName));
			else packages.add(fileName);
		}
	};
	visit(entry);
	return { files, packages };
}

test('the pure entry point loads no pdf.js, no worker thread and no Node-only module', () => {
	const { files, packages } = staticImports(`${library}terminals/index.ts`);
	expect([...packages].filter((name) => name.startsWith('pdfjs-dist') || name.startsWith('node:'))).toEqual([]);
	expect([...files].map((file) => file.replace(library, ''))).not.toContain('terminals/pdf/read-pdf-pages.ts');
	expect(packages).toContain('zod');
});

test('the pdf entry point is the one that loads pdf.js', () => {
	const { packages } = staticImports(`${library}terminals/pdf.ts`);
	expect(packages).toContain('pdfjs-dist/legacy/build/pdf.mjs');
});
