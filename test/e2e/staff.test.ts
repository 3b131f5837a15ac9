import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { sectionIds } from '../../src/lib/guide/sections.ts';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import type { PlacedTerminal } from '../../src/lib/terminal-data/schema.ts';
import { launchChromium } from '../support/browser.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser.close());

describe.each(localeCodes)('/staff/, %s part', (locale) => {
	const strings = uiStrings[locale];

	test('every step: the copy buttons put its anchor link and its preview link on the clipboard', async () => {
		const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto('/staff/');
		const part = page.getByRole('region', { name: strings['staff.guide'] });
		const steps = part.getByRole('listitem');
		expect(await steps.count()).toBe(sectionIds.length);
		for (const [index, id] of sectionIds.entries()) {
			const step = steps.nth(index);
			for (const [label, expected] of [
				['staff.copyAnchor', `${baseURL}/${locale}/#${id}`],
				['staff.copyPreview', `${baseURL}/${locale}/s/${id}/`],
			] as const) {
				await step.getByRole('button', { name: strings[label] }).click();
				await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: `${id} ${label}` }).toBe(expected);
				await page.evaluate(() => navigator.clipboard.writeText(''));
			}
		}
		await expect.poll(() => steps.first().getByRole('status').first().textContent()).toBe(strings['step.copied']);
		await context.close();
	});

	test('without JavaScript every link is there to read and select, and no button that does nothing', async () => {
		const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/staff/');
		const part = page.getByRole('region', { name: strings['staff.guide'] });
		for (const id of sectionIds) {
			for (const path of [`/${locale}/#${id}`, `/${locale}/s/${id}/`]) {
				const link = part.locator(`a[href="${path}"]`);
				expect(await link.isVisible(), path).toBe(true);
				expect(await link.textContent()).toMatch(new RegExp(`^https?://[^/]+${path.replace(/[/#]/g, '\\$&')}$`));
			}
		}
		expect(await part.getByRole('button').count()).toBe(0);
		await context.close();
	});

	test('shows the QR code of the guide with its address', async () => {
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		await page.goto('/staff/');
		const part = page.getByRole('region', { name: strings['staff.guide'] });
		const qr = part.getByRole('img', { name: strings['handout.qrAlt'] });
		expect(await qr.isVisible()).toBe(true);
		expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
		expect(await part.getByRole('link', { name: new RegExp(`/${locale}/$`) }).count()).toBe(1);
		await context.close();
	});
});

describe('/staff/ terminal search', () => {
	const terminals = JSON.parse(
		readFileSync(new URL('../../content/terminals/terminals.json', import.meta.url), 'utf8'),
	) as PlacedTerminal[];
	const item = (page: Page, id: string) => page.getByRole('listitem').filter({ has: page.locator(`[id="terminal-${id}"]`) });

	test('finds a terminal by settlement, street and place, and copies its links in both languages', async () => {
		const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto('/staff/');
		const terminal = terminals.find(({ place, city, address }) => place !== '' && city !== '' && address.startsWith('ул.'));
		if (!terminal) throw new Error('the snapshot has no terminal with a place, a settlement and a street');
		const street = terminal.address.replace(/^ул\.\s*/, '').split(/[\s,]/)[0] ?? '';
		await page.getByRole('searchbox').fill(`${terminal.city.toLowerCase()} ул ${street} ${terminal.place.split(' ')[0] ?? ''}`);
		const found = item(page, terminal.id);
		expect(await found.isVisible()).toBe(true);
		for (const locale of localeCodes) {
			const strings = uiStrings[locale];
			for (const [label, expected] of [
				['staff.copyTerminalAnchor', `${baseURL}/${locale}/terminals/#t-${terminal.id}`],
				['staff.copyPreview', `${baseURL}/${locale}/t/${terminal.id}/`],
			] as const) {
				await found.getByRole('button', { name: strings[label], exact: true }).click();
				await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: `${locale} ${label}` }).toBe(expected);
			}
		}
		await page.getByRole('searchbox').fill('');
		expect(await page.locator('terminal-search li:not([hidden])').count()).toBe(Math.min(20, terminals.length));
		await context.close();
	});

	test('without JavaScript every terminal is listed with its four links', async () => {
		const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/staff/');
		expect(await page.getByRole('searchbox').count()).toBe(0);
		for (const locale of localeCodes) {
			expect(await page.locator(`terminal-search a[href^="/${locale}/terminals/#t-"]`).count()).toBe(terminals.length);
			expect(await page.locator(`terminal-search a[href^="/${locale}/t/"]`).count()).toBe(terminals.length);
		}
		const last = terminals.at(-1);
		if (!last) throw new Error('the snapshot is empty');
		expect(
			await item(page, last.id)
				.getByRole('link', { name: `/ru/t/${last.id}/` })
				.isVisible(),
		).toBe(true);
		await context.close();
	});
});
