import { describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import { terminalPreviewText } from '../../src/lib/share/terminal-preview.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/browser.ts';
import { snapshotTerminals as terminals } from '../support/terminal-snapshot.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** A phone's share sheet, stubbed: it records what it was asked to share, or fails as told. */
const withShare = (failure: string | undefined) => {
	const shared: ShareData[] = [];
	Object.assign(window, { shared });
	Object.defineProperty(Navigator.prototype, 'share', {
		configurable: true,
		value: async (data: ShareData) => {
			if (failure) throw new DOMException('stubbed', failure);
			shared.push(data);
		},
	});
};
const withoutShare = () => {
	delete (Navigator.prototype as Partial<Navigator>).share;
};
const sharedData = () => (window as unknown as { shared: ShareData[] }).shared;

describe.each(localeCodes)('/%s/terminals/', (locale) => {
	const strings = uiStrings[locale];
	const path = `/${locale}/terminals/`;
	const target = terminals.find(({ place, address, city }) => place && address && city === 'Ош') ?? terminals[0];
	if (!target) throw new Error('the snapshot has no terminals');
	const title = terminalPreviewText(target, { hours: () => '', fallbackTitle: strings['share.terminalFallback'] }).title;
	const share = `${strings['finder.share']}: ${title}`;

	test('with the Web Share API, each terminal has Share, which sends its preview link under its preview title', async () => {
		const context = await browser.newContext();
		await context.addInitScript(withShare, undefined);
		const page = await context.newPage();
		await page.goto(path);
		// Every terminal shown has its own: all of one settlement (and any address naming it), once the search opens their groups.
		await page.getByLabel(strings['finder.search']).fill(target.city);
		const shown = page.getByRole('main').getByRole('listitem');
		await expect.poll(() => shown.count()).toBeGreaterThanOrEqual(terminals.filter(({ city }) => city === target.city).length);
		expect(await page.getByRole('button', { name: strings['finder.share'] }).count()).toBe(await shown.count());
		await page.getByLabel(strings['finder.search']).fill(target.address);
		await page.getByRole('button', { name: share, exact: true }).click();
		await expect.poll(() => page.evaluate(sharedData)).toEqual([{ title, url: `${baseURL}/${locale}/t/${target.id}/` }]);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a share that fails says so and leaves the terminal’s link in the address bar; a closed share sheet says nothing', async () => {
		const context = await browser.newContext();
		await context.addInitScript(withShare, 'NotAllowedError');
		const page = await context.newPage();
		await page.goto(`${path}?q=${encodeURIComponent(target.address)}`);
		await page.getByRole('button', { name: share, exact: true }).click();
		await page.getByText(strings['finder.shareFailed']).waitFor();
		expect(new URL(page.url()).hash).toBe(`#t-${target.id}`);

		const closing = await browser.newContext();
		await closing.addInitScript(withShare, 'AbortError');
		const second = await closing.newPage();
		await second.goto(`${path}?q=${encodeURIComponent(target.address)}`);
		await second.getByRole('button', { name: share, exact: true }).click();
		await second.waitForTimeout(200);
		expect(await second.getByText(strings['finder.shareFailed']).count()).toBe(0);
	});

	test('without it, no Share button, and its code is never loaded', async () => {
		const context = await browser.newContext();
		await context.addInitScript(withoutShare);
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => scripts.push(request.url()));
		await page.goto(path);
		await page
			.getByText(strings['finder.shown'].replace('{{count}}', String(terminals.length)).replace('{{total}}', String(terminals.length)))
			.waitFor();
		expect(await page.getByRole('button', { name: strings['finder.share'] }).count()).toBe(0);
		expect(scripts.filter((url) => url.includes('share-terminals'))).toEqual([]);
	});
});

describe.each(localeCodes)('Copy link on /%s/terminals/', (locale) => {
	const strings = uiStrings[locale];
	const path = `/${locale}/terminals/`;
	const target = terminals.find(({ address, city }) => address && city === 'Ош') ?? terminals[0];
	if (!target) throw new Error('the snapshot has no terminals');
	const copy = `${strings['finder.copy']}: ${target.address}`;

	test('puts the terminal’s #t-<id> link on the clipboard and says so, beside Share where sharing exists', async () => {
		const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		await context.addInitScript(withShare, undefined);
		const page = await context.newPage();
		await page.goto(`${path}?q=${encodeURIComponent(target.address)}`);
		const item = page.locator(`#t-${target.id}`);
		// Share's code arrives after the list is read.
		await expect.poll(() => item.getByRole('button').count()).toBe(2);
		expect(await item.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.textContent))).toEqual([
			strings['finder.copy'],
			strings['finder.share'],
		]);
		await page.getByRole('button', { name: copy, exact: true }).click();
		await page.getByRole('status').filter({ hasText: strings['finder.copied'] }).waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}#t-${target.id}`);
		expect(await item.getByRole('button', { name: copy, exact: true }).textContent()).toBe(strings['finder.copied']);
		expect(new URL(page.url()).hash).toBe('');
	});

	test('where the clipboard is refused, the link goes to the address bar and the reader is told to copy it from there', async () => {
		const context = await browser.newContext();
		await context.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('stubbed', 'NotAllowedError')) },
			});
		});
		const page = await context.newPage();
		await page.goto(`${path}?q=${encodeURIComponent(target.address)}`);
		await page.getByRole('button', { name: copy, exact: true }).click();
		await page.getByText(strings['finder.copyFailed']).waitFor();
		expect(new URL(page.url()).hash).toBe(`#t-${target.id}`);
	});
});
