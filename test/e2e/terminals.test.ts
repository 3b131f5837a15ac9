import { readFileSync } from 'node:fs';
import type { BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { parseHours } from '../../src/lib/finder/parse-hours.ts';
import { encodeWeek } from '../../src/lib/finder/week-code.ts';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import type { TerminalPosition } from '../../src/lib/finder/positions.ts';
import { regionName } from '../../src/lib/finder/region-names.ts';
import { placeOf } from '../../src/loaders/terminals/place-namer.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowser, type Visit } from '../support/browser.ts';
import { keepOffline } from '../support/offline.ts';
import { dist, terminalPaths } from '../../scripts/lib/built-pages.ts';
import { filledTemplate } from '../support/template-text.ts';
import { snapshotTerminals as terminals } from '../support/terminal-snapshot.ts';

const baseURL = inject('baseURL');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(`${dist}${file}`, 'utf8')) as T;
const htmlOf = (path: string): string => readFileSync(`${dist}${path.slice(1)}index.html`, 'utf8');
/** The list the build published: tests build offline, so it is the committed snapshot. */
const source = readJson<{ origin: string; rows: number }>('terminals/source.json');
const positions = readJson<TerminalPosition[]>('terminals/positions.json');

const browser = useBrowser();

/** A fresh page on the closed network, with what it loaded from the site and tried to load elsewhere. */
const open = (path: string, options: BrowserContextOptions = {}): Promise<Visit> => browser.visit(path, options);

/**
 * The built page with some terminals' printed text replaced, escaped as the build escapes PDF text;
 * hours also carry their code, as TerminalItem.astro writes it for the browser's open status.
 */
async function withPrintedText(
	context: BrowserContext,
	path: string,
	changes: Record<string, { place?: string; hours?: string }>,
): Promise<void> {
	const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
	await context.route(
		(url) => url.pathname === path,
		async (route) => {
			let html = htmlOf(path);
			for (const [id, { place, hours }] of Object.entries(changes)) {
				const start = html.indexOf(`<li id="t-${id}"`);
				const end = html.indexOf('</li>', start);
				let item = html.slice(start, end);
				if (place !== undefined) item = item.replace(/(<p class="t-place"[^>]*>)[^<]*<\/p>/, `$1${escape(place)}</p>`);
				if (hours !== undefined)
					item = item.replace(
						/<span class="t-hours-text"[^>]*>[^<]*<\/span>/,
						`<span class="t-hours-text" data-week="${encodeWeek(parseHours(hours))}">${escape(hours)}</span>`,
					);
				html = html.slice(0, start) + item + html.slice(end);
			}
			await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
		},
	);
}

/** The terminals a reader sees listed, in order, by the `#t-<id>` anchor each carries. */
const shownIds = (page: Page): Promise<string[]> =>
	page
		.getByRole('main')
		.getByRole('listitem')
		.evaluateAll((items) => items.map((item) => item.id.slice(2)));

/** The map's pins as the keyboard reaches them. */
const pinKeys = (page: Page, locale: Locale): Locator => page.getByRole('group', { name: uiStrings[locale]['finder.map.keys'] });

/** What each pin the keyboard reaches is called, in the order the arrows go through them. */
const pinNamesOf = (page: Page, locale: Locale): Promise<string[]> =>
	pinKeys(page, locale)
		.getByRole('button')
		.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));

/** «3 терминала здесь»: a pin's count as the strings file words it in that language. */
const pinCountText = (locale: Locale, count: number): string => {
	const strings: Record<string, string> = uiStrings[locale];
	const form = strings[`finder.map.terminals_${new Intl.PluralRules(locale).select(count)}`] ?? '';
	return form.replace('{{count}}', String(count));
};

/** The region headings a reader sees while the list is grouped. */
const regionHeadings = (page: Page): Locator => page.getByRole('main').getByRole('heading', { level: 2 });

/** A status line that reads `template`, however it was filled in. */
const statusReading = (page: Page, template: string): Locator => page.getByRole('status').filter({ hasText: filledTemplate(template) });

test('the build published the committed snapshot, which these tests read', () => {
	expect(source.origin).toBe('snapshot');
	expect(source.rows).toBe(terminals.length);
});

describe.each(localeCodes)('/%s/terminals/', (locale: Locale) => {
	const path = `/${locale}/terminals/`;
	const strings = uiStrings[locale];

	test('without JavaScript shows no search controls, which could do nothing there', async () => {
		const { page } = await open(path, { javaScriptEnabled: false });
		expect(await regionHeadings(page).count()).toBeGreaterThan(0);
		expect(await page.getByRole('search', { name: strings['finder.controls'], includeHidden: true }).isVisible()).toBe(false);
		expect(await page.getByLabel(strings['finder.search']).isVisible()).toBe(false);
	});

	test('with JavaScript the list does not move when the script arrives and shows the controls', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
		// Every layout shift from the first paint on, as Lighthouse's CLS counts them.
		await context.addInitScript(() => {
			const shifts: number[] = [];
			Object.assign(window, { layoutShifts: shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
					if (!entry.hadRecentInput) shifts.push(entry.value);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const page = await context.newPage();
		await page.goto(path);
		await page.getByLabel(strings['finder.search']).waitFor();
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		const total = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((a, b) => a + b, 0));
		expect(total).toBeLessThan(0.01);
	});

	test('without JavaScript lists every terminal under its region and settlement, with hours, precision and directions', async () => {
		const { page } = await open(path, { javaScriptEnabled: false });
		// Each item's lines read in one pass: the classes name which line is which, what a reader tells by its place and words.
		const listed = await page
			.getByRole('main')
			.getByRole('listitem', { includeHidden: true })
			.evaluateAll((items) =>
				items.map((item) => ({
					id: item.id.slice(2),
					region: item.closest('details')?.querySelector('summary h2')?.firstChild?.textContent?.trim(),
					city: item.closest('section')?.querySelector('h3')?.textContent?.trim(),
					address: item.querySelector('.t-address')?.textContent,
					hours: item.querySelector('.t-hours-text')?.textContent,
					precision: item.querySelector('.t-precision')?.textContent,
					apps: [...item.querySelectorAll('.t-go a')].map((link) => link.textContent),
				})),
			);
		const byN = [...terminals].sort((a, b) => a.n - b.n);
		expect(listed.map(({ id }) => id).sort()).toEqual(byN.map(({ id }) => id).sort());
		// Regions and settlements in the page's language, whatever the list printed.
		const shownRegion = (terminal: (typeof terminals)[number]) => regionName(placeOf(terminal).region, terminal.region, locale);
		for (const terminal of byN) {
			const item = listed.find(({ id }) => id === terminal.id);
			expect(item, terminal.id).toMatchObject({
				region: shownRegion(terminal),
				city: placeOf(terminal).settlement.shown[locale] || strings['terminals.noSettlement'],
				address: terminal.address || terminal.place,
				hours: terminal.hours || strings['terminals.hoursMissing'],
				precision: strings[`terminals.precision.${terminal.precision}`],
				apps: ['2gis', 'yandex', 'google', 'osm'].map((app) => strings[`terminals.app.${app}` as keyof typeof strings]),
			});
		}
		const regions = await regionHeadings(page).allTextContents();
		expect(regions.length).toBe(new Set(terminals.map(shownRegion)).size);
		for (const heading of regions) {
			const count = terminals.filter((terminal) => heading.startsWith(shownRegion(terminal))).length;
			expect(heading).toContain(String(count));
		}
		expect(await page.getByRole('search', { name: strings['finder.controls'], includeHidden: true }).isVisible()).toBe(false);
	});

	test('says the list is a sample, in the reader’s language, linking the bank’s PDF', async () => {
		const { page } = await open(path);
		const notice = page.getByRole('note');
		expect(await notice.textContent()).toContain(strings['terminals.sample']);
		expect(await notice.getByRole('link').getAttribute('href')).toMatch(/^https:\/\/www\.optimabank\.kg\/.+\.pdf$/);
	});

	test('filters as the reader types, folding Kyrgyz letters, keeps ?q= in the URL and announces the count', async () => {
		const { page } = await open(path);
		const search = page.getByRole('searchbox', { name: strings['finder.search'] });
		// «Гүлчө» written the Russian way, and «Түгөлбай» with plain letters and in capitals.
		// Polled: the finder may still be reading its list when the reader types, and filters once it has.
		await search.fill('гулчо');
		const gulcho = terminals.filter(({ city }) => city === 'Гүлчө').map(({ id }) => id);
		await expect.poll(async () => (await shownIds(page)).sort()).toEqual(gulcho.sort());
		expect(new URL(page.url()).searchParams.get('q')).toBe('гулчо');
		expect(await statusReading(page, strings['finder.shown']).textContent()).toBe(
			strings['finder.shown'].replace('{{count}}', String(gulcho.length)).replace('{{total}}', String(terminals.length)),
		);
		await search.fill('ТУГОЛБАЙ улица');
		const tugolbay = terminals.filter(({ address }) => address.includes('Түгөлбай')).map(({ id }) => id);
		await expect.poll(async () => (await shownIds(page)).sort()).toEqual(tugolbay.sort());
		await search.fill('нет такого места');
		await expect.poll(() => shownIds(page)).toEqual([]);
		expect(await statusReading(page, strings['finder.nothing']).count()).toBe(1);
	});

	test('a link with ?q= opens filtered, the groups with a match open', async () => {
		const { page } = await open(`${path}?q=${encodeURIComponent('ёлка токмок')}`);
		await statusReading(page, strings['finder.nothing']).waitFor();
		expect(await page.getByRole('searchbox', { name: strings['finder.search'] }).inputValue()).toBe('ёлка токмок');
		expect(await shownIds(page)).toEqual([]);
		await page.goto(`${path}?q=${encodeURIComponent('Токмок')}`);
		const tokmok = terminals.filter(({ city }) => city === 'Токмок').map(({ id }) => id);
		// The finder reads the list in slices after the page shows; its count says when the filter is applied.
		const shown = strings['finder.shown'].replace('{{count}}', String(tokmok.length)).replace('{{total}}', String(terminals.length));
		await statusReading(page, shown).waitFor();
		// Only the items a reader can see are counted: a match in a closed group would be missing.
		expect((await shownIds(page)).sort()).toEqual(tokmok.sort());
	});
});

describe('deep link #t-<id>', () => {
	const target = terminals.find(({ region, n }) => region !== terminals[0]?.region && n > 100) ?? terminals[0];
	test.each([true, false])('opens the group, scrolls to and highlights the terminal (JavaScript %s)', async (javaScriptEnabled) => {
		const { page } = await open(`/ru/terminals/#t-${target?.id}`, { javaScriptEnabled, viewport: { width: 390, height: 700 } });
		const item = page.locator(`#t-${target?.id}`);
		await item.waitFor({ state: 'visible' });
		expect(await item.evaluate((element) => element.closest('details')?.open)).toBe(true);
		const box = await item.boundingBox();
		expect(box && box.y >= 0 && box.y < 700).toBe(true);
		expect(
			await item.evaluate((element) => element.matches(':target') && getComputedStyle(element).borderColor !== 'rgba(0, 0, 0, 0)'),
		).toBe(true);
	});

	test('shows the terminal even when a filter in the link would hide it', async () => {
		const { page } = await open(`/ky/terminals/?q=zzz#t-${target?.id}`);
		await page.locator(`#t-${target?.id}`).waitFor({ state: 'visible' });
	});
});

describe('nearest to me', () => {
	// Near Karakol's centre: its terminals, placed at the town's centre, come first.
	const karakol = terminals.find(({ city }) => city === 'Каракол');
	const strings = uiStrings.ru;

	test('granted: sorts by distance from the reader and says how far, approximately for a settlement centre', async () => {
		const { page } = await open('/ru/terminals/', {
			permissions: ['geolocation'],
			geolocation: { latitude: (karakol?.lat ?? 0) + 0.05, longitude: karakol?.lng ?? 0 },
		});
		await page.getByRole('button', { name: strings['finder.nearest'] }).click();
		await page
			.getByRole('main')
			.getByRole('listitem')
			.first()
			.getByText(strings['finder.distanceCentre'].replace('{{km}}', '5,6'), { exact: true })
			.waitFor();
		const sorted = await shownIds(page);
		expect(sorted.length).toBe(terminals.length);
		const karakolIds = terminals.filter(({ city }) => city === 'Каракол').map(({ id }) => id);
		expect(sorted.slice(0, karakolIds.length).sort()).toEqual(karakolIds.sort());
		// Terminals with no position come last.
		const unplaced = terminals.filter(({ precision }) => precision === 'none').map(({ id }) => id);
		expect(sorted.slice(-unplaced.length).sort()).toEqual(unplaced.sort());
		// One flat list: no region headings while sorted.
		expect(await regionHeadings(page).count()).toBe(0);
		const km = '\\d[\\d,]*';
		const main = page.getByRole('main');
		const distances = main
			.getByText(filledTemplate(strings['finder.distance'], km))
			.or(main.getByText(filledTemplate(strings['finder.distanceCentre'], km)));
		// One distance per point: terminals sharing a settlement's centre share it, written on the first of them.
		const points = new Set(terminals.filter(({ precision }) => precision !== 'none').map(({ lat, lng }) => `${lat},${lng}`));
		expect(await distances.count()).toBe(points.size);
		await page.getByRole('button', { name: strings['finder.resetSort'] }).click();
		expect(await regionHeadings(page).count()).toBe(new Set(terminals.map(({ region }) => region)).size);
		expect(await distances.count()).toBe(0);
	});

	test.each(localeCodes)('denied (%s): says so in the reader’s language, offers the settlement list, the list stays', async (locale) => {
		const { page } = await open(`/${locale}/terminals/`, { permissions: [] });
		await page.getByRole('button', { name: uiStrings[locale]['finder.nearest'] }).click();
		await statusReading(page, uiStrings[locale]['finder.geo.denied']).waitFor();
		expect(
			await page
				.getByRole('combobox', { name: uiStrings[locale]['finder.settlement'] })
				.evaluate((select) => select === document.activeElement),
		).toBe(true);
		expect(await page.getByRole('main').getByRole('listitem', { includeHidden: true }).count()).toBe(terminals.length);
		expect(await regionHeadings(page).count()).toBe(new Set(terminals.map(({ region }) => region)).size);
	});

	test('picking a settlement sorts from its centre', async () => {
		const { page } = await open('/ky/terminals/');
		await page.getByRole('combobox', { name: uiStrings.ky['finder.settlement'] }).selectOption({ label: 'Нарын' });
		await expect.poll(() => regionHeadings(page).count()).toBe(0);
		const sorted = await shownIds(page);
		const naryn = terminals.filter(({ city }) => city === 'Нарын').map(({ id }) => id);
		expect(sorted.slice(0, naryn.length).sort()).toEqual(naryn.sort());
		// The centre's distance once, on the first of the terminals it places.
		expect(await page.locator(`#t-${sorted[0]}`).getByText(/^≈ 0/).count()).toBe(1);
		for (const id of sorted.slice(1, naryn.length)) expect(await page.locator(`#t-${id}`).getByText(/^≈ /).count()).toBe(0);
	});
});

describe('open now, at fixed Bishkek times', () => {
	test.each(terminalPaths)("%s carries each terminal's hours parsed once by the build, for the browser to decode", (path) => {
		const unescape = (text: string) =>
			text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
		const spans = [...htmlOf(path).matchAll(/<span class="t-hours-text" data-week="([^"]*)">([^<]*)<\/span>/g)];
		expect(spans.length).toBe(terminals.length);
		for (const [, code = '', text = ''] of spans) expect(code, text).toBe(encodeWeek(parseHours(unescape(text))));
	});

	const ids = terminals.slice(0, 8).map(({ id }) => id);
	const hoursTable = [
		'круглосуточно',
		'пн–пт 09:00–18:00, перерыв 13:00–14:00',
		'дүйшөмбү–жума 09:00–18:00',
		'ежедневно 20:00–02:00',
		'10:00–22:00',
		'пн–сб 08:30–17:30, вс выходной',
		'по договорённости',
		'күн сайын 08:00–21:00',
	];
	const cases = [
		// Wednesday 25 November 2026, 13:30 in Bishkek (UTC+6).
		{ at: '2026-11-25T07:30:00Z', expected: ['open', 'closed', 'open', 'closed', 'open', 'open', 'unknown', 'open'] },
		// Wednesday, 21:30: the late terminal is open past midnight, the 22:00 one closes soon.
		{ at: '2026-11-25T15:30:00Z', expected: ['open', 'closed', 'closed', 'open', 'closes-soon', 'closed', 'unknown', 'closed'] },
		// Thursday, 01:00: still open from Wednesday evening, closing within the hour.
		{ at: '2026-11-25T19:00:00Z', expected: ['open', 'closed', 'closed', 'closes-soon', 'closed', 'closed', 'unknown', 'closed'] },
		// Sunday 29 November, 12:00.
		{ at: '2026-11-29T06:00:00Z', expected: ['open', 'closed', 'closed', 'closed', 'open', 'closed', 'unknown', 'open'] },
	];

	test.each(cases)('$at', async ({ at, expected }) => {
		const context = await browser.newContext();
		await withPrintedText(context, '/ru/terminals/', Object.fromEntries(ids.map((id, index) => [id, { hours: hoursTable[index] ?? '' }])));
		const page = await context.newPage();
		await page.clock.setFixedTime(new Date(at));
		await page.goto('/ru/terminals/');
		// The state each status line is styled with; its words depend on the hour and are pinned in test/lib/finder.
		const states = await Promise.all(
			ids.map((id) => page.locator(`#t-${id} .t-open`).evaluate((line) => /t-open-([\w-]+)/.exec(line.className)?.[1])),
		);
		expect(states).toEqual(expected);
		expect(await page.locator(`#t-${ids[6]}`).getByText('по договорённости', { exact: true }).count()).toBe(1);
		await page.getByRole('checkbox', { name: uiStrings.ru['finder.openNow'] }).check();
		const openIds = ids.filter((_, index) => expected[index] === 'open' || expected[index] === 'closes-soon');
		expect((await shownIds(page)).filter((id) => ids.includes(id))).toEqual(openIds);
	});
});

describe('the map', () => {
	const positioned = terminals.filter(({ precision }) => precision !== 'none').length;

	test('loads only when asked, then shows every positioned terminal with tiles unreachable', async () => {
		const { page, context, blocked, loaded } = await open('/ru/terminals/');
		await page.waitForLoadState('load');
		expect(loaded.filter((url) => /terminal-map|positions\.json/.test(url))).toEqual([]);
		expect(blocked).toEqual([]);
		await page.getByRole('button', { name: uiStrings.ru['finder.map.open'] }).click();
		const count = page.locator('.finder-map-count');
		await count.filter({ hasText: /\d/ }).waitFor();
		expect(await count.textContent()).toBe(
			uiStrings.ru['finder.map.count'].replace('{{count}}', String(positioned)).replace('{{total}}', String(terminals.length)),
		);
		expect(positions.length).toBe(positioned);
		expect(loaded.some((url) => /terminal-map.*\.js$/.test(url))).toBe(true);
		// The offline backdrop: the country's outline and the borders between its regions.
		const backdrop = loaded.map((url) => /kyrgyzstan-(outline|regions)\.[\w-]+\.json$/.exec(url)?.[1]).filter(Boolean);
		expect([...new Set(backdrop)].sort()).toEqual(['outline', 'regions']);
		expect(blocked.some((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
		// One pin per point, each reachable by keyboard under a name that says what stands there: a
		// settlement centre holds all its terminals, and says how many.
		const byPoint = Map.groupBy(positions, ({ lat, lng, precision }) => `${precision}:${lat},${lng}`);
		const pinNames = [...byPoint.values()].map((group) => {
			const first = terminals.find(({ id }) => id === group[0]?.id);
			return `${group.length > 1 ? pinCountText('ru', group.length) : first?.address}, ${first ? placeOf(first).settlement.shown.ru : ''}`;
		});
		expect((await pinNamesOf(page, 'ru')).sort()).toEqual(pinNames.sort());
		expect(await page.locator('#finder-map-keys').textContent()).toBe(uiStrings.ru['finder.map.keysHint']);
		expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('OpenStreetMap');
		// Filtering the list filters the map: Naryn's terminals are one pin at its centre, with their count.
		await page.getByLabel(uiStrings.ru['finder.search']).fill('Нарын');
		const naryn = terminals.filter(({ city }) => city === 'Нарын').length;
		expect(await count.textContent()).toBe(
			uiStrings.ru['finder.map.count'].replace('{{count}}', String(naryn)).replace('{{total}}', String(naryn)),
		);
		expect(await pinNamesOf(page, 'ru')).toEqual([`${pinCountText('ru', naryn)}, Нарын`]);
		await context.close();
	});

	test('with more pins in view than the keyboard can step through, the map says so and leaves them to the list', async () => {
		// Every terminal at a point of its own, spread over the country: 240 pins.
		const context = await browser.newContext({ baseURL });
		await keepOffline(context, baseURL);
		const spread = positions.map(({ id }, index) => ({
			id,
			lat: 40 + (index % 16) * 0.18,
			lng: 70.5 + Math.floor(index / 16) * 0.5,
			precision: 'exact',
		}));
		await context.route('**/terminals/positions.json', (route) =>
			route.fulfill({ contentType: 'application/json', body: JSON.stringify(spread) }),
		);
		const page = await context.newPage();
		await page.goto('/ky/terminals/');
		await page.getByRole('button', { name: uiStrings.ky['finder.map.open'] }).click();
		const hint = page.locator('#finder-map-keys');
		await hint.filter({ hasText: /\d/ }).waitFor();
		expect(await hint.textContent()).toBe(uiStrings.ky['finder.map.keysTooMany'].replace('{{count}}', String(spread.length)));
		expect(await pinKeys(page, 'ky').getByRole('button').count()).toBe(0);
		await context.close();
	});

	test('a pin is drawn where its button is, and a tap on it opens its popup and picks its terminal', async () => {
		const { page, context } = await open('/ru/terminals/?q=Нарын');
		await page.getByRole('button', { name: uiStrings.ru['finder.map.open'] }).click();
		const pin = pinKeys(page, 'ru').getByRole('button');
		await page.getByRole('region', { name: uiStrings.ru['finder.map.label'] }).scrollIntoViewIfNeeded();
		const box = await pin.boundingBox();
		if (!box) throw new Error('the Naryn pin has no place on the screen');
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		// The canvas is painted under the pin's button in the centre pins' fill, and is blank off it.
		const colourAt = (px: number, py: number) =>
			page.evaluate(
				({ cx, cy }) => {
					const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-pins-pane canvas');
					const rect = canvas?.getBoundingClientRect();
					const ratio = (canvas?.width ?? 0) / (rect?.width || 1);
					const data = canvas?.getContext('2d')?.getImageData((cx - (rect?.x ?? 0)) * ratio, (cy - (rect?.y ?? 0)) * ratio, 1, 1).data;
					return data ? [...data] : [];
				},
				{ cx: px, cy: py },
			);
		// 12 px above the centre: inside the ring, clear of the count written in its middle.
		expect(await colourAt(x, y - 12)).toEqual([0xff, 0xd6, 0x6b, 0xff]);
		expect((await colourAt(x + 60, y))[3]).toBe(0);
		await page.mouse.click(x, y);
		const popup = page.locator('.leaflet-popup');
		await popup.waitFor();
		const naryn = terminals.filter(({ city }) => city === 'Нарын');
		expect(await popup.textContent()).toContain(pinCountText('ru', naryn.length));
		for (const { address } of naryn) expect(await popup.textContent()).toContain(address);
		expect(await page.locator(`#t-${naryn[0]?.id}`).getAttribute('class')).toContain('is-picked');
		await context.close();
	});

	test.each(localeCodes)('on /%s/terminals/ the keyboard reaches the pins in view: Tab, arrows, Enter, Escape', async (locale) => {
		const strings = uiStrings[locale];
		const { page, context } = await open(`/${locale}/terminals/`);
		await page.getByRole('button', { name: strings['finder.map.open'] }).click();
		const buttons = pinKeys(page, locale).getByRole('button');
		await buttons.first().waitFor({ state: 'attached' });
		const names = await pinNamesOf(page, locale);
		expect(names.length).toBeGreaterThan(1);
		// One Tab stop for all of them, right after the map itself; the hint shows while a key is on it.
		const hint = page.locator('#finder-map-keys');
		const hintWidth = async () => (await hint.boundingBox())?.width ?? 0;
		expect(await hintWidth()).toBeLessThanOrEqual(1);
		await page.getByRole('region', { name: strings['finder.map.label'] }).focus();
		await page.keyboard.press('Tab');
		const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		expect(await focused()).toBe(names[0]);
		expect(await hintWidth()).toBeGreaterThan(100);
		await page.keyboard.press('ArrowRight');
		expect(await focused()).toBe(names[1]);
		await page.keyboard.press('End');
		expect(await focused()).toBe(names.at(-1));
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe(names[1]);
		expect(await buttons.evaluateAll((all) => all.filter((b) => (b as HTMLButtonElement).tabIndex === 0).length)).toBe(1);
		// Enter opens the pin's popup and moves into it, its terminal picked in the list; Escape closes it and comes back.
		await page.keyboard.press('Enter');
		const popup = page.locator('.leaflet-popup');
		await popup.waitFor();
		expect(await page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
		expect(await page.locator('.terminal.is-picked').count()).toBe(1);
		await page.keyboard.press('Escape');
		await popup.waitFor({ state: 'detached' });
		expect(await focused()).toBe(names[1]);
		await context.close();
	});

	test('a list item flies the map to its pin and opens its popup; the popup leads back to the item', async () => {
		const { page, context } = await open('/ky/terminals/');
		await page.getByRole('button', { name: uiStrings.ky['finder.map.open'] }).click();
		await page.locator('.finder-map-count').filter({ hasText: /\d/ }).waitFor();
		const target = terminals.find(({ city }) => city === 'Ош');
		await page.getByLabel(uiStrings.ky['finder.search']).fill(target?.address ?? '');
		await page.locator(`#t-${target?.id}`).getByRole('button', { name: uiStrings.ky['finder.map.show'] }).click();
		const popup = page.locator('.leaflet-popup');
		await popup.waitFor();
		expect(await popup.textContent()).toContain(target?.address);
		expect(await page.locator(`#t-${target?.id}`).getAttribute('class')).toContain('is-picked');
		await popup.getByRole('link', { name: uiStrings.ky['finder.map.inList'] }).last().click();
		await page.waitForFunction((id) => document.activeElement?.id === `t-${id}`, target?.id);
		await context.close();
	});

	test('PDF text is only text: markup in a place name shows as written in the list and the popup and runs nothing', async () => {
		const payload = '<img src=x onerror=alert(1)>';
		const target = terminals.find(({ city }) => city === 'Нарын');
		const context = await browser.newContext({ baseURL });
		const { loaded } = await keepOffline(context, baseURL);
		await withPrintedText(context, '/ru/terminals/', { [target?.id ?? '']: { place: payload } });
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(`/ru/terminals/?q=${encodeURIComponent('onerror')}`);
		const item = page.locator(`#t-${target?.id}`);
		expect(await item.locator('.t-place').textContent()).toBe(payload);
		await page.getByRole('button', { name: uiStrings.ru['finder.map.open'] }).click();
		await item.getByRole('button', { name: uiStrings.ru['finder.map.show'] }).click();
		const popup = page.locator('.leaflet-popup');
		await popup.waitFor();
		expect(await popup.textContent()).toContain(payload);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(loaded.filter((url) => url.endsWith('/x'))).toEqual([]);
		expect(dialogs).toEqual([]);
		await context.close();
	});
});

describe('directions', () => {
	test('each link names the terminal in the app’s own format; coordinates, when exact, longitude first for 2GIS and Yandex', async () => {
		const { page } = await open('/ru/terminals/', { javaScriptEnabled: false });
		const terminal = terminals.find(({ id }) => id === 'osh-ak-orgo-77-osh-shaardyk-meriyasy');
		// The href formats are the contract here: the item found by its anchor, the links by where they stand.
		const links = await page
			.locator(`#t-${terminal?.id} .t-go a`)
			.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
		const query = encodeURIComponent(`${terminal?.address}, ${terminal?.city}, Кыргызстан`);
		expect(links).toEqual([
			`https://2gis.kg/search/${query}`,
			`https://yandex.ru/maps/?text=${query}`,
			`https://www.google.com/maps/search/?api=1&query=${query}`,
			`https://www.openstreetmap.org/search?query=${query}`,
		]);
	});
});

describe.each(['light', 'dark'] as const)('axe in %s mode', (colorScheme) => {
	test.each(localeCodes)('finds nothing on /%s/terminals/ with the map open and the list sorted', async (locale) => {
		const strings = uiStrings[locale];
		const { page } = await open(`/${locale}/terminals/`, { colorScheme });
		await regionHeadings(page).first().click();
		await page.getByRole('button', { name: strings['finder.map.open'] }).click();
		await statusReading(page, strings['finder.map.count']).waitFor();
		await page.getByRole('combobox', { name: strings['finder.settlement'] }).selectOption({ index: 1 });
		await page.getByRole('main').getByRole('button', { name: strings['finder.map.show'] }).first().click();
		// Leaflet fades a popup in; its colours are only measurable once it is opaque.
		await page.waitForFunction(() => {
			const popup = document.querySelector('.leaflet-popup');
			return popup !== null && getComputedStyle(popup).opacity === '1';
		});
		// The page as loaded, every item included, is checked with every other page in accessibility.test.ts;
		// here what the map and the sort add: the controls, the map, and sorted items with their distances.
		expect(await axeViolations(page, ['.finder-controls', '.finder-map', '.finder-sorted li:nth-child(-n+12)', '.site-header'])).toEqual(
			[],
		);
	});
});

test('the CSP lets the map’s tiles in on the finder pages and nowhere else', () => {
	const imgSrc = (path: string) =>
		/img-src ([^;]+)/.exec(/http-equiv="content-security-policy" content="([^"]+)"/.exec(htmlOf(path))?.[1] ?? '')?.[1];
	for (const locale of localeCodes) {
		expect(imgSrc(`/${locale}/terminals/`)?.split(' ')).toContain('https://tile.openstreetmap.org');
		expect(imgSrc(`/${locale}/`)).toBe("'self' data:");
	}
});
