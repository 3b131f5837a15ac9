import { posix } from 'node:path';

/** Reads a built file by its path inside the build folder, e.g. `_astro/page.js`. */
export type ReadBuilt = (file: string) => string;

/** `/_astro/a.js` or `./a.js` seen from `_astro/b.js`, as a path inside the build folder. */
const resolve = (specifier: string, from: string): string =>
	specifier.startsWith('/') ? specifier.slice(1) : posix.normalize(posix.join(posix.dirname(from), specifier));

/** The modules a built script imports: statically (needed before it runs) and dynamically (loaded on demand). */
function importsOf(file: string, read: ReadBuilt): { static: string[]; dynamic: string[] } {
	const code = read(file);
	const statics = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g)];
	const dynamics = [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)];
	// Vite names what a dynamic import needs beside it (its CSS, shared chunks) in __vite__mapDeps, from the site's root.
	const mapDeps = /__vite__mapDeps=[^[]*\[([^\]]*)\]/.exec(code)?.[1] ?? '';
	const deps = [...mapDeps.matchAll(/["']([^"']+)["']/g)].map((match) => `/${match[1] ?? ''}`);
	return {
		static: statics.map((match) => resolve(match[1] ?? '', file)),
		dynamic: [...dynamics.map((match) => resolve(match[1] ?? '', file)), ...deps.map((dep) => resolve(dep, file))],
	};
}

/** Every file reachable from `entries` by static imports, the entries included. */
function staticClosure(entries: string[], read: ReadBuilt): Set<string> {
	const seen = new Set<string>();
	const queue = [...entries];
	for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
		if (seen.has(file)) continue;
		seen.add(file);
		if (file.endsWith('.js')) queue.push(...importsOf(file, read).static);
	}
	return seen;
}

export interface PageFiles {
	/** Built files the page loads with itself: stylesheets, scripts and everything they import statically. */
	onLoad: string[];
	/** Built files it loads only on demand (a dynamic `import()`), with their own imports, not already loaded. */
	onDemand: string[];
	/** The text of inline `<script>` elements. */
	inlineScripts: string[];
}

/** Follows a built page's stylesheets and scripts through the modules: what loads with it, what waits for a dynamic import. */
export function pageFiles(html: string, read: ReadBuilt): PageFiles {
	const linked = [
		...html.matchAll(/<script[^>]+src="\/([^"]+)"/g),
		...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="\/([^"]+)"/g),
	].map((match) => match[1] ?? '');
	const onLoad = staticClosure(linked, read);
	const dynamicEntries = [...onLoad].filter((file) => file.endsWith('.js')).flatMap((file) => importsOf(file, read).dynamic);
	const onDemand = [...staticClosure(dynamicEntries, read)].filter((file) => !onLoad.has(file));
	const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((match) => match[1] ?? '')
		.filter((code) => code.trim() !== '');
	return { onLoad: [...onLoad], onDemand, inlineScripts };
}
