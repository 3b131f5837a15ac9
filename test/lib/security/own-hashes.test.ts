import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { keepOwnHashes } from '../../../src/lib/security/own-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const ownScript = 'console.log("own")';
const ownStyle = 'p{color:red}';
const elsewhere = 'console.log("another page")';

describe('keepOwnHashes', () => {
	test.each([
		{
			name: 'keeps the hashes of the page’s own inline script and style, drops another page’s',
			policy: `default-src 'self'; script-src 'self' ${hash(ownScript)} ${hash(elsewhere)}; style-src 'self' ${hash(ownStyle)}`,
			body: `<script type="module">${ownScript}</script><style>${ownStyle}</style>`,
			expected: `default-src 'self'; script-src 'self' ${hash(ownScript)}; style-src 'self' ${hash(ownStyle)}`,
		},
		{
			name: "a script loaded from a file needs no hash: 'self' allows it",
			policy: `script-src 'self' ${hash('')}`,
			body: '<script type="module" src="/_astro/app.js"></script>',
			expected: "script-src 'self'",
		},
		{
			name: 'leaves a policy without hashes as it is',
			policy: "default-src 'self'; object-src 'none'",
			body: `<script>${ownScript}</script>`,
			expected: "default-src 'self'; object-src 'none'",
		},
	])('$name', ({ policy, body, expected }) => {
		expect(keepOwnHashes(page(policy, body))).toBe(page(expected, body));
	});

	test('a page without a CSP meta tag is unchanged', () => {
		expect(keepOwnHashes(`<p>${ownScript}</p>`)).toBe(`<p>${ownScript}</p>`);
	});
});
