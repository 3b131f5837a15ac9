import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { distanceKm, roundKm, type LatLng } from '../../src/lib/geo/distance.ts';
import { formatMessage, type MessageValues } from '../../src/lib/i18n/format-message.ts';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import type { TerminalPosition } from '../../src/lib/finder/positions.ts';
import { useBrowser } from '../support/browser.ts';
import { dist } from '../../scripts/lib/built-pages.ts';
import { filledTemplate } from '../support/template-text.ts';
import { snapshotTerminals as terminals } from '../support/terminal-snapshot.ts';

const browser = useBrowser();
const positions = JSON.parse(readFileSync(`${dist}terminals/positions.json`, 'utf8')) as TerminalPosition[];

/** The snapshot places every terminal at its settlement's centre: a few in Osh are given exact places here. */
const osh = terminals.filter(({ city }) => city === 'Ош');
const oshCentre: LatLng = { lat: osh[0]?.lat ?? 0, lng: osh[0]?.lng ?? 0 };
/** The reader, about 1.7 km north-east of Osh's centre. */
const inOsh: LatLng = { lat: oshCentre.lat + 0.012, lng: oshCentre.lng + 0.012 };
/** Two terminals placed near the reader, the nearer second in the list's own order, and one across town. */
const exact: Record<string, LatLng> = Object.fromEntries(
	[
		[osh[4]?.id, { lat: inOsh.lat + 0.006, lng: inOsh.lng }],
		[osh[9]?.id, { lat: inOsh.lat + 0.002, lng: inOsh.lng - 0.001 }],
		[osh[2]?.id, { lat: oshCentre.lat - 0.03, lng: oshCentre.lng - 0.02 }],
	].filter((entry): entry is [string, LatLng] => entry[0] !== undefined),
);

/** The built finder and pins with `exact`'s terminals at their own places, as a list with exact pins would publish them. */
async function withExactPins(context: BrowserContext, path: string): Promise<void> {
	await context.route(
		(url) => url.pathname === path,
		async (route) => {
			let html = readFileSync(`${dist}${path.slice(1)}index.html`, 'utf8');
			for (const [id, { lat, lng }] of Object.entries(exact)) {
				html = html.replace(
					new RegExp(`(<li id="t-${id}" class="terminal") data-position="[^"]*" data-precision="settlement"`),
					`$1 data-position="${lat},${lng}" data-precision="exact"`,
				);
			}
			await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
		},
	);
	await context.route(
		(url) => url.pathname === '/terminals/positions.json',
		(route) =>
			route.fulfill({
				status: 200,
				contentType: 'application/json',
				body: JSON.stringify(positions.map((pin) => (exact[pin.id] ? { ...pin, ...exact[pin.id], precision: 'exact' } : pin))),
			}),
	);
}

/** A page at 360 px, the reader at `where`, showing the finder with the exact pins. */
async function openAt(locale: Locale, where: LatLng): Promise<Page> {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		permissions: ['geolocation'],
		geolocation: { latitude: where.lat, longitude: where.lng, accuracy: 300 },
		reducedMotion: 'reduce',
	});
	await withExactPins(context, `/${locale}/terminals/`);
	const page = await context.newPage();
	await page.goto(`/${locale}/terminals/`);
	return page;
}

const km = (locale: Locale, value: number): string => new Intl.NumberFormat([locale, 'ru']).format(roundKm(value));
const cards = (page: Page) => page.getByRole('main').getByRole('listitem');
const nearest = (page: Page, locale: Locale) => page.getByRole('button', { name: uiStrings[locale]['finder.nearest'] }).click();
const status = (page: Page, locale: Locale) =>
	page.getByRole('status').filter({ hasText: filledTemplate(uiStrings[locale]['finder.sortedNearest']) });
const inViewport = (element: Locator) =>
	element.evaluate((node) => {
		const { top, bottom } = node.getBoundingClientRect();
		return top >= 0 && bottom <= window.innerHeight;
	});

describe.each(localeCodes)('nearest to me (%s)', (locale) => {
	const strings = uiStrings[locale];

	test('in a town with exact pins: the nearest exact terminal first, each with its own distance, the first in view', async () => {
		const page = await openAt(locale, inOsh);
		await nearest(page, locale);
		await status(page, locale).waitFor();
		const byDistance = Object.entries(exact).sort(([, a], [, b]) => distanceKm(inOsh, a) - distanceKm(inOsh, b));
		const ids = await cards(page).evaluateAll((items) => items.slice(0, 2).map((item) => item.id.slice(2)));
		expect(ids).toEqual(byDistance.slice(0, 2).map(([id]) => id));
		for (const [id, where] of byDistance.slice(0, 2)) {
			const line = strings['finder.distance'].replace('{{km}}', km(locale, distanceKm(inOsh, where)));
			expect(await page.locator(`#t-${id}`).getByText(line, { exact: true }).count()).toBe(1);
		}
		expect(await inViewport(cards(page).first())).toBe(true);
		// Exact terminals come first, so nothing needs saying about the town's centre.
		expect(await status(page, locale).textContent()).toBe(strings['finder.sortedNearest'].replace('{{count}}', String(terminals.length)));
	});

	test('in a town known only by its centre: says so once, one distance for all, each card with its route', async () => {
		const naryn = terminals.filter(({ city }) => city === 'Нарын');
		const centre = { lat: naryn[0]?.lat ?? 0, lng: naryn[0]?.lng ?? 0 };
		const reader = { lat: centre.lat + 0.03, lng: centre.lng };
		const page = await openAt(locale, reader);
		await nearest(page, locale);
		const say = (key: string, values: MessageValues) => formatMessage(strings, locale, key, values);
		const said = [
			say('finder.sortedNearest', { count: terminals.length }),
			say('finder.nearestCentre', {
				place: 'Нарын',
				terminals: say('terminals.count', { count: naryn.length }),
				km: km(locale, distanceKm(reader, centre)),
			}),
		].join(' ');
		await expect.poll(() => status(page, locale).textContent()).toBe(said);
		const first = await cards(page).evaluateAll((items, count) => items.slice(0, count).map((item) => item.id.slice(2)), naryn.length);
		expect([...first].sort()).toEqual(naryn.map(({ id }) => id).sort());
		// One «≈ … km» for the town, on its first card: no run of equal distances posing as a ranking.
		const centreLine = filledTemplate(strings['finder.distanceCentre'], '[\\d,]+');
		expect(await cards(page).getByText(centreLine).count()).toBeGreaterThan(0);
		for (const id of first.slice(1)) expect(await page.locator(`#t-${id}`).getByText(centreLine).count()).toBe(0);
		expect(await page.locator(`#t-${first[0]}`).getByText(centreLine).count()).toBe(1);
		// Each card offers its route, 2GIS first, which looks the address up.
		for (const id of first) {
			const route = page.locator(`#t-${id}`).getByRole('link', { name: strings['terminals.app.2gis'], exact: true });
			expect(await route.getAttribute('href')).toMatch(/^https:\/\/2gis\.kg\/search\//);
		}
		expect(await inViewport(cards(page).first())).toBe(true);
	});
});

/** The map's pins as the keyboard reaches them, by name. */
const pinNames = (page: Page, locale: Locale): Promise<string[]> =>
	page
		.getByRole('group', { name: uiStrings[locale]['finder.map.keys'] })
		.getByRole('button')
		.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));

const openMap = async (page: Page, locale: Locale): Promise<void> => {
	await page.getByRole('button', { name: uiStrings[locale]['finder.map.open'] }).click();
	await page.locator('.finder-map-count').filter({ hasText: /\d/ }).waitFor();
};

describe('the map after «nearest to me»', () => {
	const count = (locale: Locale, n: number) => formatMessage(uiStrings[locale], locale, 'finder.map.terminals', { count: n });
	const bishkek = terminals.filter(({ city }) => city === 'Бишкек').length;
	const oshCentreCount = osh.length - Object.keys(exact).length;

	test.each([
		{ locale: 'ky' as const, mapFirst: false },
		{ locale: 'ru' as const, mapFirst: true },
	])('$locale, map opened first: $mapFirst — shows me and my town, not the capital', async ({ locale, mapFirst }) => {
		const page = await openAt(locale, inOsh);
		if (mapFirst) {
			await openMap(page, locale);
			// At first the whole country: the capital's pin is in view.
			expect((await pinNames(page, locale)).some((name) => name.startsWith(count(locale, bishkek)))).toBe(true);
		}
		await nearest(page, locale);
		await status(page, locale).waitFor();
		if (!mapFirst) await openMap(page, locale);
		const me = page.getByRole('img', { name: uiStrings[locale]['finder.map.you'] });
		await me.waitFor();
		const inside = await page.locator('.finder-map-canvas').evaluate(
			(map, mark) => {
				const outer = map.getBoundingClientRect();
				const { x, y } = (mark as Element).getBoundingClientRect();
				return x >= outer.left && x <= outer.right && y >= outer.top && y <= outer.bottom;
			},
			await me.elementHandle(),
		);
		expect(inside).toBe(true);
		await expect.poll(async () => (await pinNames(page, locale)).some((name) => name.startsWith(count(locale, oshCentreCount)))).toBe(true);
		const names = await pinNames(page, locale);
		expect(names.some((name) => name.startsWith(count(locale, bishkek)))).toBe(false);
		// A town's view: Osh's pins, a handful, not the country's forty.
		expect(names.length).toBeLessThanOrEqual(Object.keys(exact).length + 1);
	});
});

describe.each(localeCodes)('pins follow the list (%s)', (locale) => {
	/** What each pin should be called, from the list as shown: one per point, counting only the terminals shown there. */
	const expectedPins = async (page: Page): Promise<string[]> => {
		const points = await page.locator('li.terminal:not([hidden])').evaluateAll((items) => {
			const byPoint = Map.groupBy(items as HTMLElement[], (item) => item.dataset['position'] ?? '');
			byPoint.delete('');
			return [...byPoint.values()].map((group) => ({
				count: group.length,
				address: group[0]?.querySelector('.t-address')?.textContent?.trim() ?? '',
				town: group[0]?.closest('section')?.querySelector('h3')?.textContent?.trim() ?? '',
			}));
		});
		return points.map(
			({ count, address, town }) =>
				`${count > 1 ? formatMessage(uiStrings[locale], locale, 'finder.map.terminals', { count }) : address}, ${town}`,
		);
	};

	test('a search and «open now» leave each pin counting, naming and listing only what the list shows', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		// Sunday noon in Bishkek: some terminals open, some closed.
		await page.clock.setFixedTime(new Date('2026-11-29T06:00:00Z'));
		await page.goto(`/${locale}/terminals/`);
		await openMap(page, locale);
		await page.getByLabel(uiStrings[locale]['finder.search']).fill('Ахунбаева');
		const afterSearch = await expectedPins(page);
		expect(afterSearch.length).toBeGreaterThan(0);
		await expect.poll(async () => (await pinNames(page, locale)).sort()).toEqual(afterSearch.sort());
		await page.getByLabel(uiStrings[locale]['finder.search']).fill('');
		await page.getByRole('checkbox', { name: uiStrings[locale]['finder.openNow'] }).check();
		const openNow = await expectedPins(page);
		expect(openNow.length).toBeLessThan(positions.length);
		await expect.poll(async () => (await pinNames(page, locale)).sort()).toEqual(openNow.sort());
		// A pin's popup lists what the pin counts, each with the card's own route links.
		const pin = page.getByRole('group', { name: uiStrings[locale]['finder.map.keys'] }).getByRole('button').first();
		await pin.focus();
		await page.keyboard.press('Enter');
		const popup = page.locator('.leaflet-popup');
		await popup.waitFor();
		const routes = await popup
			.getByRole('link', { name: uiStrings[locale]['terminals.app.2gis'], exact: true })
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		const name = (await pin.getAttribute('aria-label')) ?? '';
		// «20 терминалов здесь, Бишкек»: the count, in whichever plural form the name took.
		const counted = Object.entries(uiStrings[locale])
			.filter(([key]) => key.startsWith('finder.map.terminals_'))
			.map(([, form]) => new RegExp(`^${form.replace('{{count}}', '(\\d+)')},`).exec(name))
			.find((match) => match !== null);
		expect(routes.length).toBe(counted ? Number(counted[1]) : 1);
		const cardRoutes = await page
			.locator('li.terminal:not([hidden])')
			.getByRole('link', { name: uiStrings[locale]['terminals.app.2gis'], exact: true })
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		for (const href of routes) expect(cardRoutes).toContain(href);
		await context.close();
	});
});
