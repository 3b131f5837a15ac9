import { execFile } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cliErrorMessage } from '../../src/lib/terminal-pdf/cli-messages.ts';
import { TerminalPdfError } from '../../src/lib/terminal-pdf/errors.ts';
import { parseTerminalPdf } from '../../src/lib/terminal-pdf/parse-terminal-pdf.ts';
import { badFixtures, goodFixtures, readBytes } from '../lib/terminal-pdf/fixtures.ts';
import { synonyms } from '../lib/terminal-pdf/synonyms.ts';

const script = fileURLToPath(new URL('../../scripts/terminals.ts', import.meta.url));
const parseCommand = new URL('../../scripts/terminals/parse.ts', import.meta.url).href;

interface Outcome {
	status: number;
	stdout: string;
	stderr: string;
}

/** Runs the command as `npm run --silent terminals -- …` would, in a Node process of its own. */
function spawnCommand(...args: string[]): Promise<Outcome> {
	return new Promise((resolve) => {
		execFile(process.execPath, [script, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
			resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
		});
	});
}

class Exit extends Error {
	readonly status: number;
	constructor(status: number) {
		super(`exit ${status}`);
		this.status = status;
	}
}

/**
 * Runs `parse` in this process: its module reads `process.argv` and ends with `process.exit` as it
 * is written to, so each run evaluates it afresh with those and the output streams stubbed.
 */
async function runInProcess(...args: string[]): Promise<Outcome> {
	const stdout: string[] = [];
	const stderr: string[] = [];
	const argv = process.argv;
	process.argv = [process.execPath, script, ...args];
	vi.spyOn(process, 'exit').mockImplementation((code) => {
		throw new Exit(Number(code ?? 0));
	});
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
	try {
		vi.resetModules();
		const ended = await import(/* @vite-ignore */ parseCommand).then(
			() => undefined,
			(error: unknown) => error,
		);
		if (ended !== undefined && !(ended instanceof Exit)) throw ended;
		return { status: ended?.status ?? 0, stdout: stdout.join(''), stderr: stderr.join('') };
	} finally {
		process.argv = argv;
		vi.restoreAllMocks();
	}
}

const [good] = goodFixtures;
if (!good) throw new Error('no good fixture');

afterEach(() => {
	vi.restoreAllMocks();
});

// Two Node processes, the whole way a user runs the command; on a busy machine starting one can pass Vitest's default 5 s.
describe('terminals parse, as a process', { timeout: 60_000 }, () => {
	test('prints the expected JSON for a good file and exits 0', async () => {
		const { status, stdout, stderr } = await spawnCommand('parse', fileURLToPath(good.pdf));
		expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
		expect(JSON.parse(stdout)).toEqual(good.expected);
	});

	test('refuses a file over the byte cap from its size, without loading it: exit 1, one error line', async () => {
		// Sparse: 3 GB on paper, nothing on disk; more than Node can read into one buffer.
		const folder = await mkdtemp(join(tmpdir(), 'terminals-'));
		const huge = join(folder, 'huge.pdf');
		await writeFile(huge, '');
		await truncate(huge, 3 * 1024 ** 3);
		try {
			const { status, stdout, stderr } = await spawnCommand('parse', huge);
			expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
			expect(stderr).toBe(
				`error[too-large]: expected at most 26214400 bytes, found ${3 * 1024 ** 3}; check the file is the terminal list, or raise the cap with --max-bytes.\n`,
			);
		} finally {
			await rm(folder, { recursive: true });
		}
	});
});

describe('terminals parse, in this process', { timeout: 60_000 }, () => {
	test('takes caps as flags', async () => {
		const { status, stdout, stderr } = await runInProcess('parse', fileURLToPath(good.pdf), '--max-pages', '1');
		expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
		expect(stderr).toMatch(/^error\[too-large\]: expected at most 1 pages, found \d+; .*--max-pages\.\n$/);
	});

	test('gives up with timeout past --timeout-ms', async () => {
		const { status, stdout, stderr } = await runInProcess('parse', fileURLToPath(good.pdf), '--timeout-ms', '1');
		expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
		expect(stderr).toMatch(/^error\[timeout\]: expected to finish within 1 ms, took longer; .*--timeout-ms\.\n$/);
	});

	test.each([
		{ name: 'no file', args: ['parse'] },
		{ name: 'an unknown subcommand', args: ['print', 'list.pdf'] },
		{ name: 'no subcommand', args: [] },
		{ name: 'an unknown flag', args: ['parse', 'list.pdf', '--pages', '3'] },
		{ name: 'a cap that is not a number', args: ['parse', 'list.pdf', '--max-bytes', 'lots'] },
		{ name: 'a file that does not exist', args: ['parse', '/nonexistent/terminals.pdf'] },
	])('a usage mistake ($name) exits 2 with the usage line', async ({ args }) => {
		const { status, stdout, stderr } = await runInProcess(...args);
		expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
		expect(stderr).toMatch(/usage: terminals parse <file\.pdf>/);
	});

	// What the command prints for each is `error[<code>]: <this message>` (the byte cap's spawn above shows the whole line).
	test.each(badFixtures)('$file: $code, its message one line saying what was expected and what to do', async ({ pdf, code }) => {
		const error = await parseTerminalPdf(readBytes(pdf), { synonyms }).catch((caught: unknown) => caught);
		if (!(error instanceof TerminalPdfError)) throw new Error(`expected a TerminalPdfError, got ${String(error)}`);
		expect(error.code).toBe(code);
		expect(cliErrorMessage(error)).toMatch(/^expected [^\n]+; [^\n]+$/);
	});
});
