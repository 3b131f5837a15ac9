import { execFile } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { badFixtures, goodFixtures } from './fixtures.ts';

const script = fileURLToPath(new URL('../../../scripts/terminals.ts', import.meta.url));

/** Runs the command as `npm run --silent terminals -- …` would, on this Node. */
function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(process.execPath, [script, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
			resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
		});
	});
}

const [good] = goodFixtures;

// Each test starts Node processes; on a busy machine that alone can pass Vitest's default 5 s.
describe('terminals parse', { timeout: 60_000 }, () => {
	test('prints the expected JSON for a good file and exits 0', async () => {
		if (!good) throw new Error('no good fixture');
		const { status, stdout, stderr } = await run('parse', fileURLToPath(good.pdf));
		expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
		expect(JSON.parse(stdout)).toEqual(good.expected);
	});

	test.concurrent.each(badFixtures)('$file: exit 1, nothing on stdout, one error[$code] line', async ({ pdf, code }) => {
		const { status, stdout, stderr } = await run('parse', fileURLToPath(pdf));
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(new RegExp(`^error\\[${code}\\]: expected [^\\n]+; [^\\n]+\\n$`));
	});

	test('takes caps as flags', async () => {
		if (!good) throw new Error('no good fixture');
		const { status, stdout, stderr } = await run('parse', fileURLToPath(good.pdf), '--max-pages', '1');
		expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
		expect(stderr).toMatch(/^error\[too-large\]: expected at most 1 pages, found \d+; .*--max-pages\.\n$/);
	});

	test('gives up with timeout past --timeout-ms', async () => {
		if (!good) throw new Error('no good fixture');
		const { status, stdout, stderr } = await run('parse', fileURLToPath(good.pdf), '--timeout-ms', '1');
		expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
		expect(stderr).toMatch(/^error\[timeout\]: expected to finish within 1 ms, took longer; .*--timeout-ms\.\n$/);
	});

	test('refuses a file over the byte cap from its size, without loading it', async () => {
		// Sparse: 3 GB on paper, nothing on disk; more than Node can read into one buffer.
		const folder = await mkdtemp(join(tmpdir(), 'terminals-'));
		const huge = join(folder, 'huge.pdf');
		await writeFile(huge, '');
		await truncate(huge, 3 * 1024 ** 3);
		try {
			const { status, stdout, stderr } = await run('parse', huge);
			expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
			expect(stderr).toBe(
				`error[too-large]: expected at most 26214400 bytes, found ${3 * 1024 ** 3}; check the file is the terminal list, or raise the cap with --max-bytes.\n`,
			);
		} finally {
			await rm(folder, { recursive: true });
		}
	});

	test.concurrent.each([
		{ name: 'no file', args: ['parse'] },
		{ name: 'an unknown subcommand', args: ['print', 'list.pdf'] },
		{ name: 'no subcommand', args: [] },
		{ name: 'an unknown flag', args: ['parse', 'list.pdf', '--pages', '3'] },
		{ name: 'a cap that is not a number', args: ['parse', 'list.pdf', '--max-bytes', 'lots'] },
		{ name: 'a file that does not exist', args: ['parse', '/nonexistent/terminals.pdf'] },
	])('a usage mistake ($name) exits 2 with the usage line', async ({ args }) => {
		const { status, stdout, stderr } = await run(...args);
		expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
		expect(stderr).toMatch(/usage: terminals parse <file\.pdf>/);
	});
});
