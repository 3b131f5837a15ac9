import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dist } from './pages.ts';

export const gzipSize = (bytes: string | Uint8Array): number => gzipSync(bytes, { level: 9 }).byteLength;

/** `/_astro/a.js` relative to `_astro/b.js`, as a path inside dist/ without the leading slash. */
const resolve = (specifier: string, from: string): string =>
	specifier.startsWith('/') ? specifier.slice(1) : posix.normalize(posix.join(posix.dirname(from), specifier));

/** The modules a built script imports: statically (needed before it runs) and dynamically (loaded on demand). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
	const code = readFileSync(`${dist}${file}`, 'utf8');
	const statics = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g)].map(
		(m) => m[1] ?? '',
	);
	const dynamics = [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1] ?? '');
	// Vite names what a dynamic import needs beside it (its CSS, shared chunks) in __vite__mapDeps, from the site's root.
	const mapDeps = /__vite__mapDeps=[^[]*\[([^\]]*)\]/.exec(code)?.[1] ?? '';
	const deps = [...mapDeps.matchAll(/["']([^"']+)["']/g)].map((m) => `/${m[1] ?? ''}`);
	return {
		static: statics.map((s) => resolve(s, file)),
		dynamic: [...dynamics.map((s) => resolve(s, file)), ...deps.map((s) => resolve(s, file))],
	};
}

/** Every file reachable from `entries` by static imports. */
function staticClosure(entries: string[]): Set<string> {
	const seen = new Set<string>();
	const queue = [...entries];
	for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
		if (seen.has(file)) continue;
		seen.add(file);
		if (file.endsWith('.js')) queue.push(...importsOf(file).static);
	}
	return seen;
}

export interface PageScripts {
	/** Built files the page runs on load: its scripts and everything they import statically. */
	onLoad: string[];
	/** Built files it loads only on demand (a dynamic `import()`), with their own static imports, not already loaded. */
	onDemand: string[];
	/** Bytes of inline `<script>` text. */
	inline: string[];
}

/** Follows a page's scripts through the built modules: what loads with the page, and what waits for a dynamic import. */
export function pageScripts(html: string): PageScripts {
	const entries = [
		...html.matchAll(/<script[^>]+src="\/([^"]+)"/g),
		...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
	].map((m) => m[1] ?? '');
	const onLoad = staticClosure(entries);
	const dynamicEntries = [...onLoad].filter((file) => file.endsWith('.js')).flatMap((file) => importsOf(file).dynamic);
	const onDemand = [...staticClosure(dynamicEntries)].filter((file) => !onLoad.has(file));
	const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1] ?? '')
		.filter((code) => code.trim() !== '');
	return { onLoad: [...onLoad], onDemand, inline };
}

/** Gzip bytes of built files, each compressed on its own as a server sends it. */
export const gzipOfFiles = (files: string[]): number => files.reduce((total, file) => total + gzipSize(readFileSync(`${dist}${file}`)), 0);
