import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, readHeadersFile } from '../../scripts/lib/headers-file.ts';
import { builtFiles, builtHtmlFiles, dist } from '../../scripts/lib/built-pages.ts';

type Policy = Map<string, string[]>;

/** `default-src 'self'; img-src 'self' data:` → directive → its sources, sorted. */
const parsePolicy = (text: string): Policy =>
	new Map(
		text
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name = '', ...sources]) => [name.toLowerCase(), sources.sort()]),
	);

const metaPolicy = (html: string): Policy | undefined => {
	const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
	return content === undefined ? undefined : parsePolicy(content.replaceAll('&#39;', "'"));
};

const pages = builtHtmlFiles().map((file) => ({ file, html: readFileSync(`${dist}${file}`, 'utf8') }));
const headersFile = new URL('../../public/_headers', import.meta.url);
const siteHeaders = headersFor(readHeadersFile(headersFile), '/');
const headerPolicy = parsePolicy(siteHeaders['Content-Security-Policy'] ?? '');

/** Sources that would let injected script run. */
const unsafeScriptSources = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:'];

/**
 * What the header may add to a page's own policy: what a meta tag cannot express (framing,
 * reporting, sandbox) and inline event handlers, which the pages' hashes already refuse. A
 * fetch directive in the header would be enforced beside the page's and, lacking its per-page
 * hashes, block the page's own inline script and style.
 */
const headerOnly = ['frame-ancestors', 'script-src-attr', 'sandbox', 'report-to', 'report-uri', 'upgrade-insecure-requests'];

describe.each(pages)('$file', ({ html }) => {
	const policy = metaPolicy(html);

	test("carries Astro's CSP, whose scripts need neither unsafe-inline nor unsafe-eval", () => {
		expect(policy, 'no <meta http-equiv="content-security-policy"> in the page').toBeDefined();
		const scripts = policy?.get('script-src') ?? policy?.get('default-src');
		expect(scripts, 'neither script-src nor default-src: scripts from anywhere would run').toBeDefined();
		expect(scripts?.filter((source) => unsafeScriptSources.includes(source))).toEqual([]);
	});

	test('agrees with the CSP header of public/_headers: each directive both name is the same, the rest only header-only', () => {
		const disagreements = [...headerPolicy].flatMap(([name, sources]) => {
			const page = policy?.get(name);
			if (page === undefined) return headerOnly.includes(name) ? [] : [`${name}: in the header only, where it would override the page`];
			return page.join(' ') === sources.join(' ') ? [] : [`${name}: header «${sources.join(' ')}», page «${page.join(' ')}»`];
		});
		expect(disagreements).toEqual([]);
	});
});

test('no inline event handler or javascript: URL anywhere in dist/', () => {
	const markup = builtFiles().filter((file) => /\.(html|svg|xml)$/.test(file));
	const found = markup.flatMap((file) =>
		[
			...readFileSync(`${dist}${file}`, 'utf8').matchAll(
				/<[a-z][^>]*?\s(?:on[a-z]+\s*=|(?:href|src|action)\s*=\s*["']?\s*javascript:)[^>]*>/gi,
			),
		].map((match) => `${file}: ${match[0].slice(0, 120)}`),
	);
	expect(markup.length).toBeGreaterThan(3);
	expect(found).toEqual([]);
});

describe('public/_headers', () => {
	test('sends a CSP, nosniff, a referrer policy and geolocation for the site itself only, on every path', () => {
		expect(siteHeaders).toMatchObject({
			'Content-Security-Policy': expect.stringContaining("frame-ancestors 'none'"),
			'X-Content-Type-Options': 'nosniff',
			// Tile servers ask for the site's origin (OpenStreetMap's usage policy); the path stays private.
			'Referrer-Policy': 'strict-origin-when-cross-origin',
		});
		const permissions = new Map(
			(siteHeaders['Permissions-Policy'] ?? '').split(',').map((entry) => entry.trim().split('=') as [string, string]),
		);
		expect(permissions.get('geolocation')).toBe('(self)');
		expect([...permissions].filter(([, allow]) => allow !== '()' && allow !== '(self)')).toEqual([]);
	});

	test('is copied into dist/ as it is', () => {
		expect(readFileSync(`${dist}_headers`, 'utf8')).toBe(readFileSync(headersFile, 'utf8'));
	});
});
