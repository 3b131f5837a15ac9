import { describe, expect, test } from 'vitest';
import { checkPins } from '../../../src/lib/terminals/check-pins.ts';
import type { PlacedTerminal } from '../../../src/lib/terminals/schema.ts';
import { content } from './content.ts';

const terminal = (id: string, region: string): PlacedTerminal => ({
	n: 1,
	id,
	region,
	city: '',
	address: '',
	place: '',
	hours: '',
	precision: 'none',
	positionSource: 'none',
});
const pin = (lat: number, lng: number) => ({ lat, lng, note: 'set by hand' });

describe('checkPins: a pin in its terminal’s region, and for a terminal the list has', () => {
	test.each([
		['a Bishkek terminal pinned in Bishkek', 'г. Бишкек', 42.8746, 74.5698, []],
		['a Bishkek terminal pinned at the city’s edge, nearer a Chüy village', 'г. Бишкек', 42.83, 74.68, []],
		['a Bishkek terminal pinned in Osh', 'г. Бишкек', 40.5283, 72.7985, ['Osh']],
		['an Issyk-Kul terminal pinned in Naryn', 'Иссык-Кульская область', 41.4287, 75.9911, ['Naryn']],
		['a terminal whose region the list does not print, pinned anywhere in the country', '', 40.5283, 72.7985, []],
	])('%s', (_, region, lat, lng, nearest) => {
		const found = checkPins({ t: pin(lat, lng) }, [terminal('t', region)], content.gazetteer.places);
		expect(found.wrongRegion.map((problem) => problem.nearest.name)).toEqual(nearest);
		expect(found.stale).toEqual([]);
	});

	test('a pin for an id the list lacks is stale', () => {
		expect(checkPins({ gone: pin(42.87, 74.6) }, [terminal('t', 'г. Бишкек')], content.gazetteer.places)).toEqual({
			wrongRegion: [],
			stale: ['gone'],
		});
	});
});
