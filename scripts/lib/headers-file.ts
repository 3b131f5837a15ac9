import { readFileSync } from 'node:fs';

export interface HeaderRule {
	/** A path pattern: `/*` matches every path, `/ky/*` every path under `/ky/`. */
	pattern: string;
	headers: Record<string, string>;
}

/** Reads a Netlify / Cloudflare Pages `_headers` file: a path at column 0, its headers indented under it. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: {} });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon === -1) throw new Error(`_headers: expected "Name: value" under a path, found ${JSON.stringify(line)}.`);
		rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return rules;
}

const matches = (pattern: string, path: string): boolean =>
	pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

/** The headers a static host sends for `path`, later rules adding to earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	return Object.assign({}, ...rules.filter(({ pattern }) => matches(pattern, path)).map(({ headers }) => headers));
}

export const readHeadersFile = (url: URL): HeaderRule[] => parseHeadersFile(readFileSync(url, 'utf8'));
