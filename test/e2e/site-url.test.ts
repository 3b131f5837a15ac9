import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, inject, test } from 'vitest';
import { offlineBankUrl } from './global-setup.ts';
import { astroBuildEnv } from '../support/build-env.ts';
import { builtFiles, dist } from '../../scripts/lib/built-pages.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('astro build without SITE_URL stops at once, saying what it is for and how to set it', async () => {
	const outDir = mkdtempSync(join(tmpdir(), 'no-site-url-'));
	const env = astroBuildEnv({});
	delete env.SITE_URL;
	try {
		const run = promisify(execFile)(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], { cwd: root, env });
		const failure = (await run.then(
			() => undefined,
			(error: unknown) => error,
		)) as { code?: number; stdout?: string; stderr?: string } | undefined;
		expect(failure?.code).not.toBe(0);
		expect(`${failure?.stdout ?? ''}${failure?.stderr ?? ''}`).toMatch(
			/SITE_URL is not set.*QR codes.*SITE_URL=http:\/\/localhost:4321 npm run build/s,
		);
		expect(existsSync(join(outDir, 'index.html'))).toBe(false);
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
});

/** Every loopback address a built file names: a deployed site that names one sends customers nowhere. */
const loopbackUrls = (text: string): string[] =>
	[...text.matchAll(/\bhttps?:(?:\/\/|\\\/\\\/)(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?/g)].map((match) =>
		match[0].replaceAll('\\/', '/'),
	);

test('no built file names a loopback address other than SITE_URL', () => {
	// The tests' build runs with SITE_URL set to the local server's origin, and names the bank's list by the
	// closed port TERMINALS_URL points at (source.json says where the list came from); any other loopback origin is a leak.
	const siteUrl = new URL(inject('baseURL')).origin;
	const allowed = [siteUrl, new URL(offlineBankUrl).origin];
	const textFiles = builtFiles().filter((file) => /\.(html|js|json|xml|txt|css|webmanifest|svg)$/.test(file));
	const leaks = textFiles.flatMap((file) =>
		loopbackUrls(readFileSync(`${dist}${file}`, 'utf8'))
			.filter((url) => !allowed.includes(url))
			.map((url) => `${file}: ${url}`),
	);
	expect(leaks).toEqual([]);
	expect(textFiles.some((file) => readFileSync(`${dist}${file}`, 'utf8').includes(siteUrl))).toBe(true);
});
