import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { sectionIds } from '../../src/lib/guide/sections.ts';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import { identifyRegion } from '../../src/lib/terminals/regions.ts';
import { regionNameKeys } from '../../src/lib/finder/region-names.ts';
import { useBrowser } from '../support/browser.ts';
import { snapshotTerminals as terminals } from '../support/terminal-snapshot.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();
const withClipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
/** Staff answer in either language: a region is headed by its name in both («Чүй облусу / Чуйская область»), whatever the list printed. */
const regionHeading = (printed: string) => {
	const key = identifyRegion(printed);
	return key ? localeCodes.map((code) => uiStrings[code][regionNameKeys[key]]).join(' / ') : printed;
};

describe.each(localeCodes)('/staff/, %s part', (locale) => {
	const strings = uiStrings[locale];

	test('every step: the copy buttons put its anchor link and its preview link on the clipboard', async () => {
		const page = await browser.open('/staff/', withClipboard);
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
	});

	test('without JavaScript every link is there to read and select, and no button that does nothing', async () => {
		const page = await browser.open('/staff/', { javaScriptEnabled: false });
		const part = page.getByRole('region', { name: strings['staff.guide'] });
		for (const id of sectionIds) {
			for (const path of [`/${locale}/#${id}`, `/${locale}/s/${id}/`]) {
				// The full URL to read and select, leading where it says.
				const link = part.getByRole('link', { name: `${baseURL}${path}`, exact: true });
				expect(await link.isVisible(), path).toBe(true);
				expect(await link.getAttribute('href')).toBe(path);
			}
		}
		expect(await part.getByRole('button').count()).toBe(0);
	});

	test('shows the QR code of the guide with its address', async () => {
		const page = await browser.open('/staff/');
		const part = page.getByRole('region', { name: strings['staff.guide'] });
		const qr = part.getByRole('img', { name: strings['handout.qrAlt'] });
		expect(await qr.isVisible()).toBe(true);
		expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
		expect(await part.getByRole('link', { name: new RegExp(`/${locale}/$`) }).count()).toBe(1);
	});
});

describe('/staff/ terminal search', () => {
	const part = (page: Page) => page.getByRole('region', { name: uiStrings.ru['staff.terminals'] });
	const search = (page: Page) => part(page).getByRole('searchbox', { name: uiStrings.ru['staff.search'] });
	/** How many regions the terminals fold into: a region printed two ways («Чуйская обл.», «Чүй облусу») is one. */
	const regionCount = new Set(terminals.map(({ region }) => identifyRegion(region) ?? region)).size;
	/** The regions the terminals are folded by. */
	const regions = (page: Page) => part(page).locator('details');
	/** A terminal's item, found by its Russian preview link, which names it alone. */
	const item = (page: Page, id: string) =>
		part(page)
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: `${baseURL}/ru/t/${id}/`, exact: true }) });

	test('finds a terminal by settlement, street and place, and copies its links in both languages', async () => {
		const page = await browser.open('/staff/', withClipboard);
		const terminal = terminals.find(({ place, city, address }) => place !== '' && city !== '' && address.startsWith('ул.'));
		if (!terminal) throw new Error('the snapshot has no terminal with a place, a settlement and a street');
		const street = terminal.address.replace(/^ул\.\s*/, '').split(/[\s,]/)[0] ?? '';
		await search(page).fill(`${terminal.city.toLowerCase()} ул ${street} ${terminal.place.split(' ')[0] ?? ''}`);
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
		// Cleared, the list folds back by region, as the reader left it: nothing unfolded, no count.
		await search(page).fill('');
		await expect.poll(() => regions(page).evaluateAll((all) => all.filter((region) => (region as HTMLDetailsElement).open).length)).toBe(0);
		expect(await regions(page).count()).toBe(regionCount);
		expect(await part(page).getByRole('status').textContent()).toBe('');
	});

	test('a search unfolds only the regions it finds terminals in', async () => {
		const page = await browser.open('/staff/');
		const city = terminals.at(-1)?.city ?? '';
		await search(page).fill(city);
		const open = await regions(page).evaluateAll((all) =>
			all
				.filter((region) => !(region as HTMLDetailsElement).hidden && (region as HTMLDetailsElement).open)
				.map((region) => region.querySelector('h3')?.textContent ?? ''),
		);
		const expected = new Set(terminals.filter((terminal) => terminal.city === city).map(({ region }) => regionHeading(region)));
		expect(open.map((heading) => heading.replace(/\s*\(\d+\)$/, ''))).toEqual([...expected]);
	});

	// The finder's own matching: a town typed in Latin, or in decomposed Unicode, finds what its printed name finds.
	test.each([
		['Sulyukta', 'г. Сулюкта'],
		['Бакай-Ата'.normalize('NFD'), 'Бакай-Ата'],
		['Kochkorka', 'с. Кочкорка'],
	])('«%s» finds the terminals of «%s»', async (query, printed) => {
		const page = await browser.open('/staff/');
		await search(page).fill(query);
		const shown = await part(page)
			.locator('li[data-search]:not([hidden])')
			.evaluateAll((items) => items.length);
		expect(shown).toBe(Math.min(terminals.filter(({ city }) => city === printed).length, 20));
		expect(shown).toBeGreaterThan(0);
	});

	test('without JavaScript every terminal is listed with its four links, folded by region', async () => {
		const page = await browser.open('/staff/', { javaScriptEnabled: false });
		expect(await search(page).count()).toBe(0);
		expect(await regions(page).count()).toBe(regionCount);
		for (const summary of await part(page).locator('summary').all()) await summary.click();
		for (const locale of localeCodes) {
			for (const path of [`/${locale}/terminals/#t-`, `/${locale}/t/`]) {
				const links = part(page).getByRole('link', { name: `${baseURL}${path}` });
				expect(await links.count(), path).toBe(terminals.length);
				// Each reads as the full URL it leads to.
				expect(await links.evaluateAll((all) => all.filter((link) => link.textContent !== (link as HTMLAnchorElement).href).length)).toBe(
					0,
				);
			}
		}
		const last = terminals.at(-1);
		if (!last) throw new Error('the snapshot is empty');
		expect(await item(page, last.id).isVisible()).toBe(true);
	});
});

describe('/staff/ table of contents', () => {
	const contents = (page: Page) =>
		page.getByRole('navigation', { name: localeCodes.map((code) => uiStrings[code]['staff.contents']).join(' / ') });

	test.each([true, false])(
		'with JavaScript %s: a tap reaches either guide’s steps, or a region’s terminal links unfolded',
		async (javaScriptEnabled) => {
			const page = await browser.open('/staff/', { javaScriptEnabled, viewport: { width: 360, height: 740 } });
			for (const locale of localeCodes) {
				await contents(page).getByRole('link', { name: uiStrings[locale]['staff.guide'], exact: true }).click();
				await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#staff-${locale}`);
				expect(await page.getByRole('heading', { name: uiStrings[locale]['staff.guide'] }).isVisible()).toBe(true);
			}
			// The last region, at the bottom of the page: one tap in the contents, and its links are on screen.
			const last = terminals.at(-1);
			if (!last) throw new Error('the snapshot is empty');
			await contents(page)
				.getByRole('link', { name: regionHeading(last.region), exact: true })
				.click();
			const link = page.getByRole('link', { name: `${baseURL}/ru/t/${last.id}/`, exact: true });
			await link.scrollIntoViewIfNeeded();
			expect(await link.isVisible()).toBe(true);
			expect(await contents(page).getByRole('link', { name: uiStrings.ru['staff.terminals'] }).count()).toBe(1);
		},
	);

	test('with JavaScript off the page stays a few screens tall, not a hundred', async () => {
		const page = await browser.open('/staff/', { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
		const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
		// 240 terminals × 4 links unfolded were 160 screens (120,535 px); folded by region they are about 9.
		expect(screens).toBeLessThan(20);
	});
});
