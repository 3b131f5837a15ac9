import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BuildSourceSchema } from '../../src/lib/terminals/source-schema.ts';
import { astroBuildEnv } from '../support/build-env.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = join(root, 'node_modules/.bin/astro');

describe('the terminal data a build publishes', () => {
	it('is the sample snapshot when the bank cannot be reached, and dist/terminals/source.json says so', () => {
		const source = BuildSourceSchema.parse(JSON.parse(readFileSync(join(root, 'dist/terminals/source.json'), 'utf8')));
		expect(source).toMatchObject({ origin: 'snapshot', sample: true, rows: 240, file: 'test/fixtures/terminal-pdf/rows.ts' });
		expect(source.fallback).toMatch(/^the terminal list could not be used from http:\/\/127\.0\.0\.1:2\/.*\[unreachable\]$/);
	});

	// One more full build, the slowest test here: TERMINALS_PDF set to a fixture, into a temporary outDir.
	it('is the PDF named by TERMINALS_PDF, with one report line and no fallback', { timeout: 240_000 }, async () => {
		const outDir = mkdtempSync(join(tmpdir(), 'terminal-build-'));
		try {
			const { stdout } = await promisify(execFile)(astro, ['build', '--outDir', outDir], {
				cwd: root,
				env: astroBuildEnv({
					TERMINALS_PDF: join(root, 'test/fixtures/terminal-pdf/bilingual-sections.pdf'),
					TERMINALS_STRICT: '1',
					SITE_URL: 'https://pay.example.kg',
				}),
				maxBuffer: 16 * 1024 * 1024,
			});
			const source = BuildSourceSchema.parse(JSON.parse(readFileSync(join(outDir, 'terminals/source.json'), 'utf8')));
			expect(source).toMatchObject({ origin: 'file', file: 'bilingual-sections.pdf', sample: false, rows: 40 });
			expect(source.fallback).toBeUndefined();
			expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
			const lines = stdout.split('\n').filter((line) => line.includes('terminals: '));
			expect(lines).toHaveLength(1);
			expect(lines[0]).toMatch(
				/terminals: 40 terminals: 0 exact, \d+ at their settlement's centre, \d+ without a position; settlements not in the gazetteer: /,
			);
		} finally {
			rmSync(outDir, { recursive: true, force: true });
		}
	});
});
