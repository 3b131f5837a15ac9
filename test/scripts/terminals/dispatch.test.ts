import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/terminals.ts', import.meta.url));

function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(process.execPath, [script, ...args], (error, stdout, stderr) =>
			resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
		);
	});
}

// Node processes start slowly on a busy machine; nothing here asserts timings.
describe('the terminals command hands update, diff and geocode to their own files', { timeout: 60_000 }, () => {
	it.each([
		['update', '--force', /usage: terminals update \[file\.pdf \| URL\] \[--accept\]\n$/],
		['diff', '--all', /usage: terminals diff \[file\.pdf \| URL\]\n$/],
		['geocode', '--limit=x', /usage: terminals geocode \[--limit N\]\n$/],
	])('%s %s: exit 2 with its usage line, nothing written', async (command, flag, usage) => {
		const { status, stdout, stderr } = await run(command, flag);
		expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
		expect(stderr).toMatch(usage);
	});

	it('diff exits 1 with one error line for a list that is no PDF', async () => {
		const html = fileURLToPath(new URL('../../fixtures/terminal-pdf/bad/html-error-page.pdf', import.meta.url));
		const { status, stdout, stderr } = await run('diff', html);
		expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
		expect(stderr).toMatch(/^error\[not-pdf\]: the terminal list is not a PDF \(it starts with "<!DOCTYPE html>/);
	});
});
