import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * An HTTP server on 127.0.0.1 that answers each path with its handler and records every request,
 * standing in for the bank or Nominatim so no test touches the internet.
 */
export async function loopbackServer(routes: Record<string, Handler>) {
	const requests: IncomingMessage[] = [];
	const server = createServer((request, response) => {
		requests.push(request);
		const handler = routes[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
		if (handler) handler(request, response);
		else response.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title>');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: (path: string) => `http://127.0.0.1:${port}${path}`,
		requests,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
