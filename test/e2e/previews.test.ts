import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { sectionIds } from '../../src/lib/guide/sections.ts';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { stepPreviewPath, terminalPreviewPath } from '../../src/lib/share/paths.ts';
import { useBrowser } from '../support/browser.ts';
import { dist, refreshTarget } from '../../scripts/lib/built-pages.ts';
import { snapshotTerminals } from '../support/terminal-snapshot.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

const fileOf = (path: string): string => `${path.slice(1)}index.html`;
const htmlOf = (path: string): string => readFileSync(`${dist}${fileOf(path)}`, 'utf8');

/** The built preview pages of one kind (`s` steps, `t` terminals), as paths. */
const builtPreviews = (kind: 's' | 't'): string[] =>
	localeCodes.flatMap((locale) => {
		const folder = `${dist}${locale}/${kind}`;
		return existsSync(folder)
			? readdirSync(folder)
					.map((id) => `/${locale}/${kind}/${id}/`)
					.sort()
			: [];
	});

describe('every step has a preview page', () => {
	test.each(localeCodes.flatMap((locale) => sectionIds.map((id) => ({ locale, id }))))('$locale $id', ({ locale, id }) => {
		expect(existsSync(`${dist}${fileOf(stepPreviewPath(locale, id))}`)).toBe(true);
	});
});

describe.each(localeCodes)('every terminal in /%s/terminals/ has a preview page', (locale) => {
	const anchors = [...htmlOf(`/${locale}/terminals/`).matchAll(/ id="t-([^"]+)"/g)].map(([, id]) => id ?? '');

	test('the finder lists the terminals of the snapshot the build used', () => {
		expect(anchors.length).toBe(snapshotTerminals.length);
	});

	test('each of them has its preview page, and no preview page is left without a terminal', () => {
		expect(builtPreviews('t').filter((path) => path.startsWith(`/${locale}/`))).toEqual(
			anchors.map((id) => terminalPreviewPath(locale, id)).sort(),
		);
	});
});

describe.each(['s', 't'] as const)('every preview page (/%s/) points at an anchor that exists', (kind) => {
	test.each(builtPreviews(kind))('%s', (path) => {
		const html = htmlOf(path);
		const target = refreshTarget(fileOf(path)) ?? '';
		const [targetPath = '', anchor = ''] = target.split('#');
		expect(targetPath).toMatch(kind === 's' ? /^\/[a-z]+\/$/ : /^\/[a-z]+\/terminals\/$/);
		expect(anchor).not.toBe('');
		expect(htmlOf(targetPath)).toContain(` id="${anchor}"`);
		const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1] ?? '';
		expect(new URL(canonical).pathname + new URL(canonical).hash).toBe(target);
		expect(html).toContain(`<a href="${target}">`);
		const image = /<meta property="og:image" content="([^"]+)">/.exec(html)?.[1] ?? '';
		expect(existsSync(`${dist}${new URL(image).pathname.slice(1)}`), image).toBe(true);
	});
});

describe.each([true, false])('a step preview link, JavaScript %s', (javaScriptEnabled) => {
	test.each(localeCodes)('/%s/s/enter-number/ lands on the step, highlighted', async (locale) => {
		const page = await browser.open(`/${locale}/s/enter-number/`, { javaScriptEnabled });
		await page.waitForURL(`${baseURL}/${locale}/#enter-number`);
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('enter-number');
		const background = (id: string) => page.locator(`#${id}`).evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(await background('enter-number')).not.toBe(await background('pay'));
	});
});
