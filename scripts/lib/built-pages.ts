import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../../src/lib/i18n/locales.ts';

export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The guide in each language. */
export const guidePaths = localeCodes.map((locale) => `/${locale}/`);
/** The terminal finder in each language. */
export const terminalPaths = localeCodes.map((locale) => `/${locale}/terminals/`);
/** Any address the site does not have: the host answers it with `404.html`. */
export const notFoundPath = '/no-such-page/';

/** Every file in `dist/`, relative to it. */
export function builtFiles(): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8', withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map(
			(entry) =>
				`${entry.parentPath
					.slice(dist.length)
					.replace(/^\/?/, '')
					.replace(/([^/])$/, '$1/')}${entry.name}`,
		)
		.sort();
}

/** Every HTML file in `dist/`, relative to it: `index.html`, `ky/index.html`, `404.html`… */
export function builtHtmlFiles(): string[] {
	return builtFiles().filter((file) => file.endsWith('.html'));
}

/** The address a reader opens for a built file: `ky/index.html` → `/ky/`, `404.html` → an unknown address. */
export const pathOfFile = (file: string): string => (file === '404.html' ? notFoundPath : `/${file.replace(/(^|\/)index\.html$/, '$1')}`);

/** Every built page, by the address a reader opens, found in `dist/` so new pages are covered as they land. */
export function builtPaths(): string[] {
	return builtHtmlFiles().map(pathOfFile);
}

/** Where a built page that only sends the reader on (a step's share preview) sends them; undefined for any other page. */
export const refreshTarget = (file: string): string | undefined =>
	/<meta http-equiv="refresh" content="0; url=([^"]+)"/i.exec(readFileSync(`${dist}${file}`, 'utf8'))?.[1];

const isRedirect = (file: string): boolean => refreshTarget(file) !== undefined;

/** Folders this deep with this many pages or more are generated collections, e.g. one preview page per step. */
const collectionSize = 3;
const collectionDepth = 3;

/**
 * One page of each kind that a reader stays on: every page, except that a generated collection
 * (in every language, `/ky/t/…/` and `/ru/t/…/`) is represented by its first page, and pages
 * that refresh straight to another are left to the file checks (their target is checked here).
 * The checks that take seconds per page (Lighthouse, axe in two colour schemes) run on these.
 */
export function distinctPaths(): string[] {
	const paths = builtHtmlFiles()
		.filter((file) => !isRedirect(file))
		.map(pathOfFile);
	const kindOf = (path: string) =>
		path.split('/').length - 2 < collectionDepth
			? path
			: path.replace(/[^/]+\/$/, '*').replace(new RegExp(`^/(${localeCodes.join('|')})/`), '/*/');
	const perKind = Map.groupBy(paths, kindOf);
	return paths.filter((path) => {
		const kind = perKind.get(kindOf(path)) ?? [];
		return kind.length < collectionSize || kind[0] === path;
	});
}
