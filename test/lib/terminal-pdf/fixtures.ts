import { readdirSync, readFileSync } from 'node:fs';
import type { TerminalPdfCode } from '../../../src/lib/terminal-pdf/errors.ts';
import type { TerminalList } from '../../../src/lib/terminal-pdf/schema.ts';

export const fixtures = new URL('../../fixtures/terminal-pdf/', import.meta.url);
export const bad = new URL('bad/', fixtures);

/** Every good layout: `<name>.pdf` with the JSON the parser must print for it. */
export const goodFixtures = readdirSync(fixtures)
	.filter((file) => file.endsWith('.expected.json'))
	.map((file) => {
		const name = file.replace(/\.expected\.json$/, '');
		return {
			name,
			pdf: new URL(`${name}.pdf`, fixtures),
			expected: JSON.parse(readFileSync(new URL(file, fixtures), 'utf8')) as TerminalList,
		};
	});

/** Every file the parser must refuse, with the code it must give. */
export const badFixtures = (JSON.parse(readFileSync(new URL('cases.json', bad), 'utf8')) as { file: string; code: TerminalPdfCode }[]).map(
	(row) => ({
		...row,
		pdf: new URL(row.file, bad),
	}),
);

export const benchPdf = new URL('bench/terminals-2000.pdf', fixtures);

export const readBytes = (file: URL) => new Uint8Array(readFileSync(file));
