import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import type { RegionKey } from '../../src/lib/terminals/regions.ts';
import { regionName } from '../../src/lib/finder/region-names.ts';
import { placeOf } from '../../src/loaders/terminals/place-namer.ts';
import { useBrowser } from '../support/browser.ts';
import { snapshotTerminals as terminals } from '../support/terminal-snapshot.ts';

/**
 * A customer finds a town by the name they know. The sample list prints names as real lists do, unlike the
 * gazetteer and unlike the pages: «г. Сулюкта», «г. Балыкчи», «с. Кочкорка», «с. Ат-Баши» (Russian),
 * «Токмок», «Жалал-Абад» (Kyrgyz), «Талас облусу / Таласская область», «Ысык-Көл облусу», «Нарынская обл.».
 */
const browser = useBrowser();

const idsWhere = (keep: (terminal: (typeof terminals)[number]) => boolean): string[] =>
	terminals
		.filter(keep)
		.map(({ id }) => id)
		.sort();
const inSettlement = (printed: string) => {
	const key = placeOf({ region: terminals.find(({ city }) => city === printed)?.region ?? '', city: printed }).settlement.key;
	return idsWhere((terminal) => placeOf(terminal).settlement.key === key);
};
const inRegion = (region: RegionKey) => idsWhere((terminal) => placeOf(terminal).region === region);

/** The terminals a reader sees listed, by the `#t-<id>` anchor each carries. */
const shownIds = (page: Page): Promise<string[]> =>
	page
		.getByRole('main')
		.getByRole('listitem')
		.evaluateAll((items) => items.map((item) => item.id.slice(2)).sort());

// [what the list printed, every spelling a customer may type for it]
const towns: readonly (readonly [string, readonly string[]])[] = [
	['г. Сулюкта', ['Сулюкта', 'Сүлүктү', 'Sulyukta', 'Suluktu']],
	['Узген', ['Узген', 'Өзгөн', 'Uzgen']],
	['Токмок', ['Токмак', 'Токмок', 'Tokmok']],
	['с. Кочкорка', ['Кочкорка', 'Кочкор', 'Kochkor']],
	['с. Ат-Баши', ['Ат-Баши', 'Ат-Башы', 'At-Bashy']],
	['г. Балыкчи', ['Балыкчи', 'Балыкчы', 'Balykchy']],
	// Named like its region: the town, not the whole region, is found.
	['Жалал-Абад', ['Джалал-Абад', 'Жалал-Абад', 'Jalal-Abad']],
	['Бишкек', ['Бишкек', 'Bishkek']],
];

test('the sample prints the names these journeys need', () => {
	for (const [printed] of towns)
		expect(
			terminals.some(({ city }) => city === printed),
			printed,
		).toBe(true);
	expect(terminals.some(({ region }) => region === 'Талас облусу / Таласская область')).toBe(true);
});

describe.each(localeCodes)('/%s/terminals/', (locale: Locale) => {
	const path = `/${locale}/terminals/`;
	const strings = uiStrings[locale];
	const shownText = (count: number) =>
		strings['finder.shown'].replace('{{count}}', String(count)).replace('{{total}}', String(terminals.length));

	test('a town is found by each of its spellings, typed in the search box', async () => {
		const { page } = await browser.visit(path);
		const search = page.getByRole('searchbox', { name: strings['finder.search'] });
		for (const [printed, spellings] of towns) {
			const expected = inSettlement(printed);
			for (const spelling of spellings) {
				await search.fill(spelling);
				await expect.poll(() => shownIds(page), { message: `«${spelling}» for ${printed}` }).toEqual(expected);
			}
		}
	});

	test('a ?q= link finds a town by a spelling the list did not print, and a region by either language’s name', async () => {
		const page = (await browser.visit(`${path}?q=${encodeURIComponent('Сүлүктү')}`)).page;
		await page
			.getByRole('status')
			.filter({ hasText: shownText(inSettlement('г. Сулюкта').length) })
			.waitFor();
		expect(await shownIds(page)).toEqual(inSettlement('г. Сулюкта'));
		for (const spelling of ['Иссык-Куль', 'Ысык-Көл', 'Issyk-Kul']) {
			await page.goto(`${path}?q=${encodeURIComponent(spelling)}`);
			await page
				.getByRole('status')
				.filter({ hasText: shownText(inRegion('issyk-kul').length) })
				.waitFor();
			expect(await shownIds(page), spelling).toEqual(inRegion('issyk-kul'));
		}
	});

	test('«мкрн», «мкр.», «м-н» and «микрорайон» are one word; text typed decomposed is found', async () => {
		const { page } = await browser.visit(path);
		const search = page.getByRole('searchbox', { name: strings['finder.search'] });
		const jal = idsWhere(({ address }) => address.includes('мкр. Джал'));
		for (const query of ['мкрн Джал', 'мкр. Джал', 'микрорайон Джал']) {
			await search.fill(query);
			await expect.poll(() => shownIds(page), { message: query }).toEqual(jal);
		}
		// «м-н» reads «мн», which some words hold too («Газпромнефть»): those are found beside.
		await search.fill('м-н Джал');
		await expect.poll(() => shownIds(page)).toEqual(expect.arrayContaining(jal));
		// «й» typed as «и» + combining breve, as some keyboards send it.
		const decomposed = 'Айчурок'.normalize('NFD');
		expect(decomposed).not.toBe('Айчурок');
		await search.fill(decomposed);
		await expect.poll(() => shownIds(page)).toEqual(idsWhere(({ place }) => place.includes('Айчурок')));
	});

	test('region headings read in the page’s language, whatever the list printed', async () => {
		const { page } = await browser.visit(path, { javaScriptEnabled: false });
		const headings = (await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).map((text) => text.trim());
		const expected = [...new Set(terminals.map((terminal) => regionName(placeOf(terminal).region, terminal.region, locale)))];
		expect(headings.map((heading) => expected.find((name) => heading.startsWith(name)))).toEqual(expected);
		const other = locale === 'ky' ? 'ru' : 'ky';
		for (const heading of headings) expect(heading).not.toContain(uiStrings[other]['terminals.region.chui']);
		expect(headings.some((heading) => heading.startsWith(strings['terminals.region.issyk-kul']))).toBe(true);
	});

	test('every card names its settlement in the page’s language: filtered, sorted from a town, opened by its link', async () => {
		const { page } = await browser.visit(`${path}?q=Sulyukta`);
		const suluktu = locale === 'ky' ? 'Сүлүктү' : 'Сулюкта';
		const ids = inSettlement('г. Сулюкта');
		await expect.poll(() => shownIds(page)).toEqual(ids);
		const cards = page.getByRole('main').getByRole('listitem');
		expect((await cards.getByText(suluktu, { exact: true }).allTextContents()).length).toBe(ids.length);

		await page.getByRole('searchbox', { name: strings['finder.search'] }).fill('');
		await page.getByRole('combobox', { name: strings['finder.settlement'] }).selectOption({ label: suluktu });
		const first = page.getByRole('main').getByRole('listitem').first();
		await expect.poll(() => first.getAttribute('id')).toMatch(new RegExp(`^t-(${ids.join('|')})$`));
		expect(await first.getByText(suluktu, { exact: true }).isVisible()).toBe(true);

		const target = terminals.find(({ city }) => city === 'г. Балыкчи');
		if (!target) throw new Error('the sample has no terminal in «г. Балыкчи»');
		await page.goto(`${path}#t-${target.id}`);
		const linked = page.locator(`#t-${target.id}`);
		await expect.poll(() => linked.getByText(locale === 'ky' ? 'Балыкчы' : 'Балыкчи', { exact: true }).isVisible()).toBe(true);
	});
});
