import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { distanceKm, roundKm, type LatLng } from '../../src/lib/finder/distance.ts';
import { formatMessage, type MessageValues } from '../../src/lib/i18n/format-message.ts';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import type { TerminalPosition } from '../../src/lib/terminal-list/positions.ts';
import { useBrowser } from '../support/browser.ts';
import { dist } from '../support/pages.ts';
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
const inViewport = (page: Page, element: ReturnType<Page['locator']>) =>
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
		expect(await inViewport(page, cards(page).first())).toBe(true);
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
		expect(await inViewport(page, cards(page).first())).toBe(true);
	});
});
