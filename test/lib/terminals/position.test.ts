import { describe, expect, it } from 'vitest';
import { position, type PositionInputs } from '../../../src/lib/terminals/position.ts';
import type { GeocodeCache } from '../../../src/lib/terminals/geocode-cache-schema.ts';

const pin = { lat: 42.8751, lng: 74.6037, note: 'checked on 2GIS by support' };
const printed = { lat: 42.87, lng: 74.6 };
const cached: GeocodeCache = { 'бишкек | киевская 77': { found: true, lat: 42.876, lng: 74.606, label: 'Киевская 77', at: '2026-11-25' } };
const centre = { lat: 42.87, lng: 74.59 };

const terminal = (has: { printed?: boolean; centre?: boolean }): PositionInputs => ({
	id: 'bishkek-kievskaya-77-tsum',
	geocodeKey: 'бишкек | киевская 77',
	printed: has.printed ? printed : undefined,
	centre: has.centre ? centre : undefined,
});

describe('the position chain: pin > PDF > geocode cache > settlement > none', () => {
	it.each([
		['a pin wins over everything', { 'bishkek-kievskaya-77-tsum': pin }, cached, { printed: true, centre: true }, 'pin', 'exact', pin],
		['the PDF wins over the cache', {}, cached, { printed: true, centre: true }, 'pdf', 'exact', printed],
		['the cache wins over the settlement', {}, cached, { centre: true }, 'geocode', 'exact', { lat: 42.876, lng: 74.606 }],
		['the settlement centre wins over none', {}, {}, { centre: true }, 'gazetteer', 'settlement', centre],
		['none when nothing is known', {}, {}, {}, 'none', 'none', undefined],
	] as const)('%s', (_, pins, cache, has: { printed?: boolean; centre?: boolean }, source, precision, at) => {
		const placed = position(terminal(has), { pins, geocodeCache: cache });
		expect(placed.positionSource).toBe(source);
		expect(placed.precision).toBe(precision);
		expect(placed.lat === undefined ? undefined : { lat: placed.lat, lng: placed.lng }).toEqual(
			at === undefined ? undefined : { lat: at.lat, lng: at.lng },
		);
		expect(placed.centre).toEqual(has.centre ? centre : undefined);
	});

	it('skips PDF coordinates outside Kyrgyzstan (swapped columns, a stray 0)', () => {
		const placed = position({ ...terminal({ centre: true }), printed: { lat: 74.6, lng: 42.87 } }, { pins: {}, geocodeCache: {} });
		expect(placed.positionSource).toBe('gazetteer');
	});

	it('skips a cache entry that found nothing', () => {
		const placed = position(terminal({ centre: true }), {
			pins: {},
			geocodeCache: { 'бишкек | киевская 77': { found: false, reason: 'no-result', at: '2026-11-25' } },
		});
		expect(placed.positionSource).toBe('gazetteer');
	});
});
