import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The server block operators install, run as it is but for its `listen` and `root` lines. */
export const siteConf = new URL('../../deploy/nginx/site.conf', import.meta.url);

/** Debian's nginx lives in /usr/sbin, which a non-root PATH often lacks. */
const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)) ?? 'nginx';

/** A port nothing listens on now, on loopback: asked of the kernel, then released for nginx. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	if (address === null || typeof address === 'string') throw new Error('no free loopback port');
	return address.port;
}

/** site.conf with the operator's two lines filled in; fails if either line is not there to edit. */
export function siteConfFor(port: number, root: string): string {
	const text = readFileSync(siteConf, 'utf8');
	const listen = /^(\s*)listen [^;]+;/m;
	const rootLine = /^(\s*)root [^;]+;/m;
	if (!listen.test(text) || !rootLine.test(text)) throw new Error(`${siteConf.pathname}: expected one "listen …;" and one "root …;" line.`);
	return text.replace(listen, `$1listen 127.0.0.1:${port};`).replace(rootLine, `$1root ${root};`);
}

export interface RunningNginx {
	url: string;
	stop: () => Promise<void>;
}

/**
 * Starts Debian's nginx in the foreground with site.conf inside a minimal http block, as
 * /etc/nginx/nginx.conf includes sites-enabled: its pid, logs and temporary files in a temporary
 * directory, listening on a free loopback port over `root`. `mimeTypes` is the text of a
 * mime.types file (Debian's by default), so a test can try newer nginx's names too.
 */
export async function startNginx(root: string, mimeTypes = readFileSync('/etc/nginx/mime.types', 'utf8')): Promise<RunningNginx> {
	const dir = mkdtempSync(join(tmpdir(), 'optima24-nginx-'));
	const port = await freePort();
	writeFileSync(join(dir, 'mime.types'), mimeTypes);
	writeFileSync(join(dir, 'site.conf'), siteConfFor(port, root));
	// As root, nginx's workers would drop to nobody, who may not read a build in a home directory.
	const user = process.getuid?.() === 0 ? 'user root;' : '';
	writeFileSync(
		join(dir, 'nginx.conf'),
		`${user}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
	include ${dir}/mime.types;
	default_type application/octet-stream;
	access_log off;
	sendfile on;
	client_body_temp_path ${dir}/client;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
	include ${dir}/site.conf;
}
`,
	);
	const child = spawn(nginxBinary, ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`], { stdio: 'ignore' });
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	const url = `http://127.0.0.1:${port}`;
	const log = () => (existsSync(`${dir}/error.log`) ? readFileSync(`${dir}/error.log`, 'utf8') : '');
	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
		rmSync(dir, { recursive: true, force: true });
	};
	for (let attempt = 0; attempt < 100; attempt++) {
		if (child.exitCode !== null) break;
		if (
			await fetch(`${url}/`).then(
				() => true,
				() => false,
			)
		)
			return { url, stop };
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	const reason = log();
	await stop();
	throw new Error(`nginx did not start with deploy/nginx/site.conf:\n${reason}`);
}
