import type { LaunchedChrome } from 'chrome-launcher';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { failingAudits, launchChromeForLighthouse, runLighthouse } from '../../scripts/lib/lighthouse.ts';
import { dist, distinctPaths, notFoundPath } from '../../scripts/lib/built-pages.ts';

const baseURL = inject('baseURL');
const categories = ['accessibility', 'best-practices', 'seo'];
let chrome: LaunchedChrome;

beforeAll(async () => {
	chrome = await launchChromeForLighthouse();
});
afterAll(() => chrome?.kill());

/**
 * Lighthouse judges a page's content; the 404 page is tested at its own file's address, since an
 * error status is its whole point and would only fail "successful HTTP status code".
 */
const urlOf = (path: string): string => `${baseURL}${path === notFoundPath ? '/404.html' : path}`;

/** A page kept out of search on purpose (staff pages, previews) cannot pass "page is indexable". */
const fileOf = (path: string): string => `${dist}${path === notFoundPath ? '404.html' : `${path.slice(1)}index.html`}`;
const noindex = (path: string): boolean => /<meta name="robots" content="[^"]*noindex/.test(readFileSync(fileOf(path), 'utf8'));

// Performance is measured by `npm run bench`, never asserted: it depends on the machine.
describe.each(distinctPaths())('Lighthouse, mobile, on %s', (path) => {
	test('scores 100 in accessibility, best practices and SEO', { timeout: 180_000 }, async () => {
		const report = await runLighthouse(chrome, urlOf(path), categories);
		const kept = noindex(path);
		const failing = categories.flatMap((category) => failingAudits(report, category, kept ? ['is-crawlable'] : []));
		const scores = Object.fromEntries(categories.map((category) => [category, report.categories[category]?.score]));
		expect(failing, `scores ${JSON.stringify(scores)}`).toEqual([]);
		if (!kept) expect(scores).toEqual(Object.fromEntries(categories.map((category) => [category, 1])));
	});
});
