import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pageFiles } from '../../src/lib/budget/module-graph.ts';
import { headersFor, readHeadersFile } from '../../scripts/lib/headers-file.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { builtFiles, dist, notFoundPath, terminalPaths } from '../../scripts/lib/built-pages.ts';

const KB = 1024;
/** The finder page before the map: HTML, CSS and the scripts it runs on load (test/e2e/budget.test.ts). */
const finderBudget = 30 * KB;
const year = 'public, max-age=31536000, immutable';

const staticHostRules = readHeadersFile(new URL('../../public/_headers', import.meta.url));
/** The five security headers every response carries, as the static hosts' file says them. */
const securityHeaders = headersFor(staticHostRules, '/');

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	/** The body as it crossed the wire: compressed when the server compressed it. */
	wire: Buffer;
}

/** One GET as a phone's browser asks it (gzip accepted), the body's bytes as sent. */
const get = (base: string, path: string): Promise<Reply> =>
	new Promise((resolve, reject) => {
		request(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, wire: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});

const body = (reply: Reply): Buffer => (reply.headers['content-encoding'] === 'gzip' ? gunzipSync(reply.wire) : reply.wire);

/**
 * A copy of the build with the two text types this build may not write today, a stylesheet and a
 * web app manifest, so their compression is checked before a page starts to link them.
 */
let root: string;
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'optima24-nginx-site-'));
	cpSync(dist, root, { recursive: true });
	writeFileSync(join(root, 'extra.css'), `${'.step { margin-block: 1rem; padding-inline: 0.5rem; }\n'.repeat(20)}`);
	writeFileSync(
		join(root, 'extra.webmanifest'),
		JSON.stringify({ name: 'Optima 24', start_url: '/ky/', display: 'standalone', icons: [] }, null, '\t'),
	);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** One file of each kind the site holds, by the address a browser asks: `/_astro/x.js`, `/sitemap.xml`… */
const oneOfEachKind = (): string[] => {
	const byExtension = new Map<string, string>();
	for (const file of [...builtFiles(), 'extra.css', 'extra.webmanifest'])
		if (!file.startsWith('_') || file.startsWith('_astro/')) byExtension.set(extname(file), byExtension.get(extname(file)) ?? `/${file}`);
	return [...byExtension.values()];
};
const isText = (path: string): boolean => !/\.(png|jpe?g|webp|avif|ico|woff2?)$/.test(path);

/** Debian 12's names (application/javascript) and newer nginx's (text/javascript, since 1.23). */
const debianTypes = readFileSync('/etc/nginx/mime.types', 'utf8');
const mimeTypes = [
	{ nginx: 'Debian 12', javascript: 'application/javascript', types: debianTypes },
	{
		nginx: 'newer nginx',
		javascript: 'text/javascript',
		types: debianTypes.replace(/application\/javascript(\s+js;)/, 'text/javascript$1'),
	},
];

describe.each(mimeTypes)('deploy/nginx/site.conf under $nginx’s mime.types', ({ javascript, types }) => {
	let nginx: RunningNginx;
	beforeAll(async () => {
		nginx = await startNginx(root, types);
	});
	afterAll(() => nginx?.stop());

	test('every text file goes gzip-compressed with its type, pictures as they are', async () => {
		for (const path of oneOfEachKind()) {
			const reply = await get(nginx.url, path);
			expect(reply.status, path).toBe(200);
			expect(reply.headers['content-encoding'], `${path} (${String(reply.headers['content-type'])})`).toBe(
				isText(path) ? 'gzip' : undefined,
			);
			expect(body(reply).equals(readFileSync(join(root, path))), path).toBe(true);
		}
		const typeOf = async (path: string) => String((await get(nginx.url, path)).headers['content-type']).split(';')[0];
		const script = builtFiles().find((file) => file.endsWith('.js'));
		expect(await typeOf(`/${script}`)).toBe(javascript);
		expect(await typeOf('/sitemap.xml')).toBe('text/xml');
		expect(await typeOf('/extra.webmanifest')).toBe('application/manifest+json');
	});

	test.each([
		['/ky/', 200],
		['/sw.js', 200],
		['/terminals/positions.json', 200],
		[notFoundPath, 404],
		['/ky', 301],
	])('%s carries the five security headers (status %i)', async (path, status) => {
		const reply = await get(nginx.url, path);
		expect(reply.status).toBe(status);
		for (const [name, value] of Object.entries(securityHeaders)) expect(reply.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
	});

	test('files under /_astro/ are kept a year; pages, sw.js and the terminal data are asked again each time', async () => {
		const hashed = builtFiles().filter((file) => file.startsWith('_astro/'));
		expect(hashed.length).toBeGreaterThan(0);
		for (const file of hashed) expect((await get(nginx.url, `/${file}`)).headers['cache-control'], file).toBe(year);
		for (const path of [
			'/',
			'/ky/',
			'/ru/terminals/',
			'/sw.js',
			'/terminals/positions.json',
			'/terminals/source.json',
			'/sitemap.xml',
			notFoundPath,
		])
			expect((await get(nginx.url, path)).headers['cache-control'], path).toBe('no-cache');
	});

	test('public/_headers gives the static hosts the same caching rules', async () => {
		const hashed = builtFiles().find((file) => file.startsWith('_astro/'));
		for (const path of [`/${hashed}`, '/sw.js', '/terminals/positions.json', '/terminals/source.json'])
			expect(headersFor(staticHostRules, path)['Cache-Control'], path).toBe((await get(nginx.url, path)).headers['cache-control']);
	});

	test('an unknown address answers the site’s 404 page with status 404', async () => {
		const reply = await get(nginx.url, notFoundPath);
		expect(reply.status).toBe(404);
		expect(body(reply).toString('utf8')).toBe(readFileSync(join(root, '404.html'), 'utf8'));
	});

	test.each(['/ky', '/ru/terminals'])('%s redirects to its address with the slash', async (path) => {
		const reply = await get(nginx.url, path);
		expect(reply.status).toBe(301);
		expect(reply.headers.location).toBe(`${path}/`);
	});

	test.each(terminalPaths)('%s: HTML, CSS and scripts before the map cross the wire within 30 KB', async (path) => {
		const page = await get(nginx.url, path);
		const html = body(page).toString('utf8');
		const { onLoad } = pageFiles(html, (file) => readFileSync(join(root, file), 'utf8'));
		const linked = await Promise.all(onLoad.filter((file) => /\.(js|css)$/.test(file)).map((file) => get(nginx.url, `/${file}`)));
		const bytes = [page, ...linked].reduce((total, reply) => total + reply.wire.byteLength, 0);
		expect(linked.every((reply) => reply.headers['content-encoding'] === 'gzip')).toBe(true);
		expect(bytes, `${path}: ${(bytes / KB).toFixed(1)} KB over the wire`).toBeLessThanOrEqual(finderBudget);
	});
});
