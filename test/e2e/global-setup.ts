import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { astroBuildEnv } from '../support/build-env.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Nothing listens on port 2 of loopback, and fetch allows it: the bank is "unreachable" at once. */
export const offlineBankUrl = 'http://127.0.0.1:2/cashin_terminals_list.pdf';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

/**
 * Builds the site once and serves `dist/` for every browser test, as a static host would. The
 * server starts first so the build can name its origin as the site's: canonical URLs, the
 * sitemap and share links then point at the pages under test, as they do in production.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const server = await serveStatic(`${root}dist`);
	try {
		execFileSync(fileURLToPath(new URL('node_modules/.bin/astro', `file://${root}`)), ['build'], {
			cwd: root,
			// No test touches the internet: the bank's URL points at a closed port, so the build uses the snapshot.
			env: astroBuildEnv({ TERMINALS_URL: offlineBankUrl, SITE_URL: server.url }),
			stdio: 'pipe',
		});
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
		await server.close();
		throw new Error(`astro build failed before the browser tests:\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`);
	}
	project.provide('baseURL', server.url);
	return server.close;
}
