import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';
import { headersFor, readHeadersFile } from './headers-file.ts';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
};

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/**
 * Serves a built site the way a static host does: `/ru/` → `ru/index.html`, anything missing →
 * `404.html` with status 404, text gzipped, and the headers of the site's `_headers` file, so every browser
 * test runs under the header CSP and the page's own together. Bound to loopback on a free port.
 */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
	const headersFile = join(root, '_headers');
	const server: Server = createServer(async (request, response) => {
		// Read on each request: the site may be built after the server starts, and rebuilt while it runs.
		const rules = existsSync(headersFile) ? readHeadersFile(pathToFileURL(headersFile)) : [];
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const relative = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
		const candidate = join(root, relative, relative.endsWith('/') ? 'index.html' : '');
		const found = await isFile(candidate);
		const file = found ? candidate : join(root, '404.html');
		if (!found && !(await isFile(file))) {
			response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found, and no 404.html: is the site built?');
			return;
		}
		const type = contentTypes[extname(file)] ?? 'application/octet-stream';
		// Text goes compressed when the browser asks, as every static host sends it: page weights and
		// Lighthouse's timings are those of the bytes a reader's phone receives.
		const gzip = /^(text\/|application\/(json|xml|manifest))|svg/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		response.writeHead(found ? 200 : 404, {
			...headersFor(rules, pathname),
			'Content-Type': type,
			Vary: 'Accept-Encoding',
			...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
		});
		const body = createReadStream(file);
		(gzip ? body.pipe(createGzip()) : body).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
