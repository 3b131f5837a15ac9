import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The 2,000-row list the parser's tests also read (`npm run fixtures:terminals` writes it): the
 * bench's long list. Read as data, never imported.
 */
export const longListPdf = `${root}test/fixtures/terminal-pdf/bench/terminals-2000.pdf`;

/** The bank's address on a closed port: a bench never waits on the internet, as the tests do not. */
export const offlineTerminalsUrl = 'http://127.0.0.1:2/cashin_terminals_list.pdf';

/** `astro build` with the given environment added, quietly, into `dist/` or the folder given. */
export function buildSite(env: Record<string, string>, outDir?: string): void {
	execFileSync(`${root}node_modules/.bin/astro`, ['build', ...(outDir ? ['--outDir', outDir] : [])], {
		cwd: root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		stdio: 'ignore',
	});
}
