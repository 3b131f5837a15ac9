import { describe, expect, it } from 'vitest';
import { regions } from '../../../src/lib/terminals/regions.ts';
import { whereIs } from '../../../src/lib/terminals/place-terminals.ts';
import { settlements } from '../../fixtures/terminals/settlements.ts';
import { matcher } from './content.ts';

const results = settlements.map(([city, region, expected]) => {
	const where = whereIs({ city, region });
	const match = matcher.match(where.settlement, where.region);
	return { city, region, expected, where, match, name: 'place' in match ? match.place.name : null };
});

describe('settlement matching over real Kyrgyz names in both spellings', () => {
	it('matches at least 95 % of the names the gazetteer holds, each to the right place', () => {
		const held = results.filter((result) => result.expected !== null);
		const right = held.filter((result) => result.name === result.expected);
		expect(right.length / held.length).toBeGreaterThanOrEqual(0.95);
		expect(held.filter((result) => result.name !== null && result.name !== result.expected)).toEqual([]);
	});

	it('never places a settlement outside the region printed beside it', () => {
		for (const result of results) {
			if (!('place' in result.match) || result.where.region === undefined) continue;
			expect(regions[result.where.region].admin1, `${result.city} (${result.region})`).toContain(result.match.place.admin1);
		}
	});

	it('leaves names the gazetteer lacks unmatched instead of guessing a namesake', () => {
		for (const result of results.filter((result) => result.expected === null)) expect(result.match).toEqual({ problem: 'unknown' });
	});

	it.each([
		['Кара-Көл', 'Ысык-Көл облусу', 'other-region'],
		['Ак-Суу', '', 'ambiguous'],
		['Нью-Йорк', 'Чуйская область', 'unknown'],
	] as const)('%s in «%s» is %s', (city, region, problem) => {
		const where = whereIs({ city, region });
		expect(matcher.match(where.settlement, where.region)).toEqual({ problem });
	});
});
