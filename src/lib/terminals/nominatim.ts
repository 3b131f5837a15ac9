import { z } from 'zod';
import type { GeocodeEntry } from './geocode-cache-schema.ts';
import { insideKyrgyzstan } from '../geo/kyrgyzstan.ts';
import { regionOfIso, type RegionKey } from './regions.ts';

/** OpenStreetMap's public Nominatim; `NOMINATIM_URL` points the command at another (tests use 127.0.0.1). */
export const nominatimUrl = 'https://nominatim.openstreetmap.org';

/** The usage policy's limit: at most one request per second. */
export const nominatimIntervalMs = 1000;

/** Nominatim's `place_rank` of a street; anything coarser (a district, the settlement) is no better than the gazetteer. */
const streetRank = 26;

/** The search for one terminal: its address in its settlement, in Kyrgyzstan only. */
export function searchUrl(base: string, query: { settlement: string; address: string }): URL {
	const url = new URL('search', base.endsWith('/') ? base : `${base}/`);
	url.search = new URLSearchParams({
		q: [query.address, query.settlement].filter((part) => part.trim() !== '').join(', '),
		countrycodes: 'kg',
		format: 'jsonv2',
		addressdetails: '1',
		limit: '1',
		'accept-language': 'ru',
	}).toString();
	return url;
}

const ResultSchema = z.object({
	lat: z.coerce.number(),
	lon: z.coerce.number(),
	place_rank: z.number(),
	display_name: z.string(),
	address: z.record(z.string(), z.string()).optional(),
});

/** Nominatim's answer → a cache entry: accepted only at street precision or finer, inside Kyrgyzstan and the terminal's region. */
export function judgeResults(body: unknown, region: RegionKey | undefined, at: string): GeocodeEntry {
	const results = z.array(z.unknown()).parse(body);
	const first = results[0];
	if (first === undefined) return { found: false, reason: 'no-result', at };
	const result = ResultSchema.parse(first);
	const iso = result.address?.['ISO3166-2-lvl4'];
	const inRegion = region === undefined ? iso?.startsWith('KG-') === true : iso !== undefined && regionOfIso(iso) === region;
	if (!insideKyrgyzstan({ lat: result.lat, lng: result.lon }) || !inRegion) return { found: false, reason: 'outside', at };
	if (result.place_rank < streetRank) return { found: false, reason: 'too-coarse', at };
	return { found: true, lat: result.lat, lng: result.lon, label: result.display_name, at };
}
