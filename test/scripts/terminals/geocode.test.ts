import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { geocode } from '../../../scripts/terminals/geocode.ts';
import { GeocodeCacheSchema } from '../../../src/lib/terminals/geocode-cache-schema.ts';
import { geocodeKey } from '../../../src/lib/terminals/geocode-key.ts';
import { whereIs } from '../../../src/lib/terminals/place-terminals.ts';
import type { PlacedTerminal } from '../../../src/lib/terminals/schema.ts';
import { loopbackServer } from '../../support/loopback-server.ts';
import { tempRoot } from '../../loaders/terminals/temp-root.ts';
import { testContext } from './context.ts';

/** Recorded Nominatim answers (jsonv2, addressdetails=1), trimmed to the fields read. */
const answers = {
	street: [
		{
			lat: '42.8746',
			lon: '74.6122',
			place_rank: 30,
			display_name: '77, Киевская улица, Бишкек, Кыргызстан',
			address: { road: 'Киевская улица', city: 'Бишкек', 'ISO3166-2-lvl4': 'KG-GB', country_code: 'kg' },
		},
	],
	otherRegion: [
		{
			lat: '40.5283',
			lon: '72.7985',
			place_rank: 26,
			display_name: 'улица Ленина, Ош, Кыргызстан',
			address: { road: 'улица Ленина', city: 'Ош', 'ISO3166-2-lvl4': 'KG-GO', country_code: 'kg' },
		},
	],
	city: [
		{
			lat: '42.87',
			lon: '74.59',
			place_rank: 16,
			display_name: 'Бишкек, Кыргызстан',
			address: { city: 'Бишкек', 'ISO3166-2-lvl4': 'KG-GB', country_code: 'kg' },
		},
	],
	none: [],
};

const bishkek = (n: number, address: string): PlacedTerminal => ({
	n,
	region: 'г. Бишкек',
	city: 'Бишкек',
	address,
	place: '',
	hours: '',
	id: `bishkek-${n}`,
	lat: 42.87,
	lng: 74.59,
	precision: 'settlement',
	positionSource: 'gazetteer',
	centre: { lat: 42.87, lng: 74.59 },
});
const list = [
	bishkek(1, 'ул. Киевская, 77'),
	bishkek(2, 'ул. Ленина, 5'),
	bishkek(3, 'ул. Несуществующая, 1'),
	bishkek(4, 'пр. Чуй'),
	bishkek(5, 'ул. Киевская, 77'),
	{ ...bishkek(6, 'ул. Токтогула, 1'), lat: 42.88, lng: 74.6, precision: 'exact', positionSource: 'pdf' } satisfies PlacedTerminal,
	bishkek(7, 'ул. Московская, 3'),
];
const keyOf = (terminal: PlacedTerminal) => geocodeKey(whereIs(terminal).settlement, terminal.address);

let server: Awaited<ReturnType<typeof loopbackServer>>;
let root: ReturnType<typeof tempRoot>;
let fail = false;
beforeEach(async () => {
	fail = false;
	server = await loopbackServer({
		'/search': (request, response) => {
			if (fail) return void response.writeHead(429).end('Too Many Requests');
			const q = new URL(request.url ?? '', 'http://x').searchParams.get('q') ?? '';
			const body = q.startsWith('ул. Киевская')
				? answers.street
				: q.startsWith('ул. Ленина')
					? answers.otherRegion
					: q.startsWith('пр. Чуй')
						? answers.city
						: answers.none;
			response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
		},
	});
	root = tempRoot();
	root.writeTerminals(list);
	root.write('pins.json', { 'bishkek-7': { lat: 42.87, lng: 74.61, note: 'set by support' } });
});
afterEach(async () => {
	await server.close();
	root.remove();
});

describe('terminals geocode against a stand-in Nominatim', () => {
	it('asks once per uncached address, at most once a second, as the usage policy asks, and caches every answer', async () => {
		const run = testContext(root.root, { NOMINATIM_URL: server.url('/') });
		expect(await geocode([], run.context)).toBe(0);
		// Four distinct addresses: the repeated one is asked once, the pinned and the PDF-placed ones not at all.
		expect(server.requests).toHaveLength(4);
		expect(run.sleeps).toEqual([1000, 1000, 1000]);
		for (const request of server.requests) {
			const url = new URL(request.url ?? '', 'http://x');
			expect(url.searchParams.get('countrycodes')).toBe('kg');
			expect(url.searchParams.get('format')).toBe('jsonv2');
			expect(request.headers['user-agent']).toMatch(/optima24-pay-help/);
		}
		expect(new URL(server.requests[0]?.url ?? '', 'http://x').searchParams.get('q')).toBe('ул. Киевская, 77, Бишкек');
		const cache = GeocodeCacheSchema.parse(JSON.parse(root.read('geocode-cache.json')));
		expect(cache[keyOf(list[0] as PlacedTerminal)]).toEqual({
			found: true,
			lat: 42.8746,
			lng: 74.6122,
			label: '77, Киевская улица, Бишкек, Кыргызстан',
			at: '2026-11-25T12:00:00.000Z',
		});
		expect(cache[keyOf(list[1] as PlacedTerminal)]).toMatchObject({ found: false, reason: 'outside' });
		expect(cache[keyOf(list[2] as PlacedTerminal)]).toMatchObject({ found: false, reason: 'no-result' });
		expect(cache[keyOf(list[3] as PlacedTerminal)]).toMatchObject({ found: false, reason: 'too-coarse' });
		expect(run.stdout()).toMatch(/1 found, 1 not found, 1 only to the settlement or district, 1 outside the terminal's region/);

		const again = testContext(root.root, { NOMINATIM_URL: server.url('/') });
		expect(await geocode([], again.context)).toBe(0);
		expect(server.requests).toHaveLength(4);
	});

	it('does not sleep longer than the interval left after a slow answer', async () => {
		const run = testContext(root.root, { NOMINATIM_URL: server.url('/') });
		const sleep = run.context.sleep;
		run.context.sleep = async (ms) => sleep(ms);
		const realFetch = globalThis.fetch;
		globalThis.fetch = async (...args) => {
			run.advance(400);
			return realFetch(...args);
		};
		try {
			expect(await geocode(['--limit', '2'], run.context)).toBe(0);
		} finally {
			globalThis.fetch = realFetch;
		}
		expect(server.requests).toHaveLength(2);
		expect(run.sleeps).toEqual([600]);
	});

	it('stops at a refusal (HTTP 429) with exit 1, keeping what was cached', async () => {
		const run = testContext(root.root, { NOMINATIM_URL: server.url('/') });
		expect(await geocode(['--limit', '1'], run.context)).toBe(0);
		fail = true;
		const refused = testContext(root.root, { NOMINATIM_URL: server.url('/') });
		expect(await geocode([], refused.context)).toBe(1);
		expect(refused.stderr()).toMatch(/^error\[geocode\]: .* \(HTTP 429\); .*kept in content\/terminals\/geocode-cache\.json/);
		expect(Object.keys(JSON.parse(root.read('geocode-cache.json')))).toHaveLength(1);
	});

	it('exits 2 on a usage mistake', async () => {
		const run = testContext(root.root);
		expect(await geocode(['--limit', '0'], run.context)).toBe(2);
		expect(await geocode(['everything'], run.context)).toBe(2);
		expect(server.requests).toHaveLength(0);
	});
});

describe('terminals geocode progress', () => {
	const withProgress = (isTTY: boolean) => {
		const run = testContext(root.root, { NOMINATIM_URL: server.url('/') });
		const progress: string[] = [];
		run.context.progress = { isTTY, write: (text) => progress.push(text) };
		return { run, progress };
	};

	it('without a terminal, writes a line at each tenth of the way to its progress output, stdout as before', async () => {
		const { run, progress } = withProgress(false);
		expect(await geocode([], run.context)).toBe(0);
		expect(progress).toEqual([
			'1/4 addresses (25 %), 1 found, about 3 s left\n',
			'2/4 addresses (50 %), 1 found, about 2 s left\n',
			'3/4 addresses (75 %), 1 found, about 1 s left\n',
			'4/4 addresses (100 %), 1 found, done\n',
		]);
		expect(run.stdout()).toMatch(/^4 addresses not in the cache; asking .* for 4, at most one a second\n1 found, 1 not found/);
		expect(run.stderr()).toBe('');
	});

	it('on a terminal, redraws one live line and ends it before the error line', async () => {
		const { run, progress } = withProgress(true);
		expect(await geocode(['--limit', '1'], run.context)).toBe(0);
		expect(progress).toEqual(['\r\x1b[2K1/1 addresses (100 %), 1 found, done', '\n']);
		fail = true;
		const refused = withProgress(true);
		expect(await geocode([], refused.run.context)).toBe(1);
		expect(refused.progress).toEqual([]);
	});
});
