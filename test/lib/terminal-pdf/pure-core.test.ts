import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';

const library = fileURLToPath(new URL('../../../src/lib/', import.meta.url));
const parser = `${library}terminal-pdf/`;

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

// The table reader works on pages however they were read, so a test or another reader can hand it
// pages without pdf.js; the schema, codes and messages are read by the site build.
const pureModules = [
	'read-terminal-table.ts',
	'schema.ts',
	'format-warning.ts',
	'errors.ts',
	'cli-messages.ts',
	'header/header-synonyms.ts',
];

test.each(pureModules)('%s loads no pdf.js, no worker thread and no Node-only module', (module) => {
	const { files, packages } = staticImports(`${parser}${module}`);
	expect([...packages].filter((name) => name.startsWith('pdfjs-dist') || name.startsWith('node:'))).toEqual([]);
	expect([...files].map((file) => file.replace(library, ''))).not.toContain('terminal-pdf/pdf/read-pdf-pages.ts');
});

test('only modules in pdf/ import pdf.js themselves', () => {
	const direct = readdirSync(parser, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.ts'))
		.filter((file) =>
			ts
				.preProcessFile(readFileSync(`${parser}${file}`, 'utf8'), true, true)
				.importedFiles.some(({ fileName }) => fileName.startsWith('pdfjs-dist')),
		);
	expect(direct).toContain('pdf/read-pdf-pages.ts');
	expect(direct.filter((file) => !file.startsWith('pdf/'))).toEqual([]);
});
