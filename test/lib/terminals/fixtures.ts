import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { TerminalPdfCode } from '../../../src/lib/terminals/errors.ts';
import type { TerminalList } from '../../../src/lib/terminals/schema.ts';

export const fixtures = new URL('../../fixtures/terminals/', import.meta.url);
export const bad = new URL('bad/', fixtures);

const goodFixture = (folder: URL, file: string) => {
	const name = file.replace(/\.expected\.json$/, '');
	return { name, pdf: new URL(`${name}.pdf`, folder), expected: JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as TerminalList };
};

/**
 * Every good layout: `<name>.pdf` with the JSON the parser must print for it. Layouts waiting
 * in `pending/` join once the parser reads them; `readNow` names those it does.
 */
const readNow = ['merged-cells.expected.json'];
const pending = new URL('pending/', fixtures);
export const goodFixtures = [
	...readdirSync(fixtures)
		.filter((file) => file.endsWith('.expected.json'))
		.map((file) => goodFixture(fixtures, file)),
	...(existsSync(pending) ? readdirSync(pending).filter((file) => readNow.includes(file)) : []).map((file) => goodFixture(pending, file)),
];

/** Every file the parser must refuse, with the code it must give. */
export const badFixtures = (JSON.parse(readFileSync(new URL('cases.json', bad), 'utf8')) as { file: string; code: TerminalPdfCode }[]).map((row) => ({
	...row,
	pdf: new URL(row.file, bad),
}));

export const benchPdf = new URL('bench/terminals-2000.pdf', fixtures);

export const readBytes = (file: URL) => new Uint8Array(readFileSync(file));

