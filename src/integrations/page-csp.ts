import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { keepOwnHashes } from '../lib/security/own-hashes.ts';

/**
 * After the build, each page's CSP names only its own inline scripts and styles (`keepOwnHashes`).
 * Listed before the service worker's integration, so the worker precaches the pages as served.
 */
export function pageCsp(): AstroIntegration {
	return {
		name: 'optima24:page-csp',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
				for (const page of pages) {
					const path = `${root}${page}`;
					writeFileSync(path, keepOwnHashes(readFileSync(path, 'utf8')));
				}
				logger.info(`${pages.length} pages: each CSP names only its own inline scripts and styles.`);
			},
		},
	};
}
