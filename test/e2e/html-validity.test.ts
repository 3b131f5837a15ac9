import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
	type: string;
	subType?: string;
	url: string;
	message: string;
	lastLine?: number;
}

/**
 * The checker reads the CSP meta tag but does not compute hashes, so it flags every hashed
 * inline style as blocked; and it reads the pages as file: URLs, whose opaque origin never
 * matches 'self', so it flags the site's own bundled scripts too (it refuses to fetch from
 * loopback, so serving the pages does not help). The pages test proves in Chromium that no
 * CSP violation happens.
 */
const cspFalsePositives = [
	/^Inline (style|script) violates Content Security Policy \(meta tag\)/,
	/^Resource violates Content Security Policy \(meta tag\): external script “\/_astro\//,
	// The QR codes are data: images, which `img-src 'self' data:` allows; the checker reports them anyway.
	/^Resource violates Content Security Policy \(meta tag\): image “data:image\/svg\+xml,/,
];

const terminalPreview = /^[a-z]+\/t\/[^/]+\/index\.html$/;

/**
 * The ~500 terminal preview pages come from one layout with different text, so a few stand for
 * them all: per language the first and last by id, and the one with the most text. Every other
 * page, the step previews included, is checked.
 */
function pagesToCheck(): string[] {
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
	const previews = files.filter((file) => terminalPreview.test(file)).sort();
	const byLanguage = Map.groupBy(previews, (file) => file.split('/')[0]);
	const sample = [...byLanguage.values()].flatMap((group) => {
		const largest = group.reduce((a, b) => (statSync(`${dist}${b}`).size > statSync(`${dist}${a}`).size ? b : a));
		return [...new Set([group[0], group.at(-1), largest])];
	});
	return [...files.filter((file) => !terminalPreview.test(file)), ...sample].map((file) => `${dist}${file}`);
}

test('every built page is valid HTML by the W3C Nu checker', { timeout: 180_000 }, async () => {
	const pages = pagesToCheck();
	expect(pages.length).toBeGreaterThan(3);
	const { stderr } = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...pages]);
	const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
	const problems = messages
		.filter(({ type, subType }) => type === 'error' || subType === 'warning')
		.filter(({ message }) => !cspFalsePositives.some((pattern) => pattern.test(message)))
		.map(({ url, lastLine, message }) => `${url.replace(`file:${dist}`, '')}:${lastLine ?? '?'} ${message}`);
	expect(problems).toEqual([]);
});
