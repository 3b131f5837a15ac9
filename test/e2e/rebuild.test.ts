import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { astroBuildEnv } from '../support/build-env.ts';
import { offlineBankUrl } from './global-setup.ts';

const script = fileURLToPath(new URL('../../deploy/rebuild.sh', import.meta.url));
const siteRoot = mkdtempSync(join(tmpdir(), 'optima24-rebuild-'));
afterAll(() => rmSync(siteRoot, { recursive: true, force: true }));

/** Runs deploy/rebuild.sh as cron would, the bank "unreachable" (a closed port), under a temporary SITE_ROOT. */
const rebuild = (variables: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string; stderr: string }> =>
	new Promise((resolve) => {
		execFile(
			script,
			[],
			{ env: astroBuildEnv({ SITE_ROOT: siteRoot, TERMINALS_URL: offlineBankUrl, ...variables }) },
			(error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
		);
	});
const current = () => realpathSync(join(siteRoot, 'current'));
const releases = () => readdirSync(join(siteRoot, 'releases')).sort();

test(
	'a build goes online by one swap of the current link; a failed build leaves it serving the previous one',
	{ timeout: 240_000 },
	async () => {
		// The bank unreachable but not strict: the build falls back to the snapshot, and goes online.
		const first = await rebuild({ SITE_URL: 'https://pay.example.kg', TERMINALS_STRICT: '0' });
		expect(first.status, first.stderr).toBe(0);
		const online = current();
		expect(readFileSync(join(online, 'ky/index.html'), 'utf8')).toContain('href="https://pay.example.kg/ky/"');
		expect(releases()).toHaveLength(1);

		// Strict, as production builds are: the unreachable bank fails the build.
		const failed = await rebuild({ SITE_URL: 'https://pay.example.kg' });
		expect(failed.status).toBe(1);
		expect(failed.stderr).toMatch(/the build failed; .*current still serves the previous build/);
		expect(failed.stderr).toMatch(/TERMINALS_STRICT=1 forbids falling back/);
		expect(readFileSync(join(siteRoot, 'build.log'), 'utf8')).toMatch(/TERMINALS_STRICT=1 forbids falling back/);
		expect(current()).toBe(online);
		expect(releases()).toHaveLength(1);
		expect(existsSync(join(siteRoot, 'current.next'))).toBe(false);
	},
);

test('without SITE_URL it changes nothing and says how to set it (exit 2)', async () => {
	const run = await rebuild({ SITE_URL: '' });
	expect(run.status).toBe(2);
	expect(run.stderr).toMatch(/SITE_URL is not set: .*SITE_URL=https:\/\/pay\.example\.kg deploy\/rebuild\.sh/);
});
