import { expect, test, vi } from 'vitest';
import { TerminalPdfError } from '../../../src/lib/terminal-pdf/errors.ts';
import { parseTerminalPdf } from '../../../src/lib/terminal-pdf/parse-terminal-pdf.ts';
import { parseTerminalPdfInWorker } from '../../../src/lib/terminal-pdf/parse-in-worker.ts';
import { badFixtures, goodFixtures, readBytes } from './fixtures.ts';
import { synonyms } from './synonyms.ts';

// Each test starts a thread that loads pdf.js; on a busy machine that alone can pass Vitest's default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const [good] = goodFixtures;
const [bad] = badFixtures.filter(({ code }) => code === 'no-table');

test('gives the same list as parsing in this thread', async () => {
	if (!good) throw new Error('no good fixture');
	expect(await parseTerminalPdfInWorker(readBytes(good.pdf), { synonyms })).toEqual(good.expected);
});

test('refuses a file with the same code and facts as parsing in this thread', async () => {
	if (!bad) throw new Error('no no-table fixture');
	const here = await parseTerminalPdf(readBytes(bad.pdf), { synonyms }).catch((error: unknown) => error);
	if (!(here instanceof TerminalPdfError)) throw new Error(`expected a TerminalPdfError, got ${String(here)}`);
	const there = await parseTerminalPdfInWorker(readBytes(bad.pdf), { synonyms }).catch((error: unknown) => error);
	expect(there).toBeInstanceOf(TerminalPdfError);
	expect(there).toMatchObject({ code: 'no-table', facts: here.facts, message: here.message });
});

test('stops a thread that never yields once the time limit has passed, with timeout', async () => {
	if (!good) throw new Error('no good fixture');
	const busy = new URL('./busy-worker.ts', import.meta.url);
	await expect(parseTerminalPdfInWorker(readBytes(good.pdf), { synonyms, timeoutMs: 20 }, busy)).rejects.toMatchObject({
		name: 'TerminalPdfError',
		code: 'timeout',
		facts: { timeoutMs: 20 },
	});
});
