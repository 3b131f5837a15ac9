import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { measurePageWeight } from '../../../src/lib/budget/page-weight.ts';

const gz = (text: string) => gzipSync(text, { level: 9 }).byteLength;
const assets: Record<string, string> = {
	'/_astro/site.css': 'body { color: red; }'.repeat(20),
	'/_astro/app.js': 'console.log("app");'.repeat(20),
};
const read = (path: string) => new TextEncoder().encode(assets[path] ?? '');

test.each([
	{ name: 'a page with nothing linked', html: '<p>hi</p>', css: 0, js: 0 },
	{
		name: 'a linked stylesheet',
		html: '<link rel="stylesheet" href="/_astro/site.css">',
		css: gz(assets['/_astro/site.css'] ?? ''),
		js: 0,
	},
	{ name: 'a linked script', html: '<script type="module" src="/_astro/app.js"></script>', css: 0, js: gz(assets['/_astro/app.js'] ?? '') },
	{ name: 'an inline script', html: '<script type="module">let a = 1;</script>', css: 0, js: gz('let a = 1;') },
])('$name', ({ html, css, js }) => {
	expect(measurePageWeight(html, read)).toEqual({ html: gz(html), css, js, firstRender: gz(html) + css });
});
