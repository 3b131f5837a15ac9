import { existsSync, readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { builtFiles, builtHtmlFiles, dist } from '../../scripts/lib/built-pages.ts';

const origin = inject('baseURL');

/** The file a static host answers a path with, or undefined: `/ru/` → `ru/index.html`. */
function fileFor(pathname: string): string | undefined {
	const relative = decodeURIComponent(pathname).replace(/^\//, '');
	const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
	return candidates.find((candidate) => existsSync(`${dist}${candidate}`) && !candidate.endsWith('/'));
}

const pageOf = (file: string): string => `${origin}/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Every id an HTML file declares, which `#fragment` links can target. */
const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
	let ids = idsCache.get(file);
	if (!ids) {
		ids = new Set([...readFileSync(`${dist}${file}`, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
		idsCache.set(file, ids);
	}
	return ids;
}

/** Why `reference`, found in `from`, does not lead anywhere; undefined when it does or is not the site's. */
function brokenLink(reference: string, base: string): string | undefined {
	const url = new URL(reference.replaceAll('&amp;', '&'), base);
	if (url.origin !== origin) return undefined;
	const target = fileFor(url.pathname);
	if (!target) return `${url.pathname}: no such file in dist/`;
	const fragment = decodeURIComponent(url.hash.slice(1));
	if (fragment !== '' && target.endsWith('.html') && !idsIn(target).has(fragment))
		return `${url.pathname}#${fragment}: no element with that id`;
	return undefined;
}

/** Links a page makes: hrefs and srcs, hreflang alternates, a refresh's target, Open Graph URLs. */
function referencesIn(html: string): string[] {
	const attributes = [...html.matchAll(/\s(?:href|src|action|poster)="([^"]*)"/g)].map((match) => match[1] ?? '');
	const refresh = [...html.matchAll(/http-equiv="refresh" content="\d+;\s*url=([^"]+)"/gi)].map((match) => match[1] ?? '');
	const meta = [...html.matchAll(/<meta (?:property|name)="(?:og:url|og:image|twitter:image)" content="([^"]+)"/g)].map(
		(match) => match[1] ?? '',
	);
	return [...attributes, ...refresh, ...meta].filter((reference) => !/^(mailto|tel|data|blob|javascript):/i.test(reference));
}

test('every link, source and #fragment in dist/ leads to a built file and an element that exists', () => {
	const pages = builtHtmlFiles();
	expect(pages.length).toBeGreaterThan(3);
	const broken = pages.flatMap((file) => {
		const base = pageOf(file);
		return referencesIn(readFileSync(`${dist}${file}`, 'utf8')).flatMap((reference) => {
			const problem = brokenLink(reference, base);
			return problem ? [`${file} → ${reference}: ${problem}`] : [];
		});
	});
	expect(broken).toEqual([]);
});

test('every URL in sitemap.xml and robots.txt leads to a built page', () => {
	const sitemaps = builtFiles().filter((file) => /^sitemap.*\.xml$/.test(file));
	expect(sitemaps.length).toBeGreaterThan(0);
	const urls = [
		...sitemaps.flatMap((file) =>
			[...readFileSync(`${dist}${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>|<xhtml:link[^>]+href="([^"]+)"/g)].map(
				(match) => match[1] ?? match[2] ?? '',
			),
		),
		...[...readFileSync(`${dist}robots.txt`, 'utf8').matchAll(/^Sitemap:\s*(\S+)/gm)].map((match) => match[1] ?? ''),
	];
	expect(urls.length).toBeGreaterThan(2);
	expect(urls.filter((url) => new URL(url).origin !== origin)).toEqual([]);
	expect(urls.flatMap((url) => brokenLink(url, origin) ?? [])).toEqual([]);
});
