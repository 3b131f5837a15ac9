import { describe, expect, it } from 'vitest';
import { fuzzyLimits } from '../../../src/lib/terminals/assign-ids.ts';
import { placeTerminals, type ParsedRow } from '../../../src/lib/terminals/place-terminals.ts';
import { TerminalIdSchema, type PlacedTerminal } from '../../../src/lib/terminals/schema.ts';
import { sampleRows } from '../../fixtures/terminal-pdf/sample.ts';
import { matcher } from './content.ts';

const place = (rows: readonly ParsedRow[], previous: readonly PlacedTerminal[] = []) =>
	placeTerminals(rows, { matcher, pins: {}, geocodeCache: {}, previous });
const renumber = (rows: readonly ParsedRow[]) => rows.map((row, i) => ({ ...row, n: i + 1 }));

const first = place(sampleRows).terminals;
const idOf = (rows: readonly ParsedRow[], ids: readonly string[], match: (row: ParsedRow) => boolean) => ids[rows.findIndex(match)];

describe('terminal ids', () => {
	it('are URL-safe Latin and unique across the 240-row sample', () => {
		for (const terminal of first) expect(TerminalIdSchema.safeParse(terminal.id).success, terminal.id).toBe(true);
		expect(new Set(first.map((terminal) => terminal.id)).size).toBe(first.length);
	});

	it('read as the settlement, address and place', () => {
		const tsum = first.find((terminal) => terminal.address.startsWith('ул. Киевская, 77'));
		expect(tsum?.id).toBe('bishkek-kievskaya-77-ugol-shopokova-tsum-aychurok');
	});

	it('do not depend on the printed number: a row inserted at the top leaves every other id as it was', () => {
		const inserted = renumber([
			{ n: 0, region: 'г. Бишкек', city: 'Бишкек', address: 'ул. Московская, 1', place: 'новый терминал', hours: '' },
			...sampleRows,
		]);
		const again = place(inserted, first).terminals;
		expect(again.slice(1).map((terminal) => terminal.id)).toEqual(first.map((terminal) => terminal.id));
		const fresh = place(inserted).terminals;
		expect(fresh.slice(1).map((terminal) => terminal.id)).toEqual(first.map((terminal) => terminal.id));
	});

	it('keep the old id when a typo is fixed or «ул.» becomes «улица», and diff sees a change', () => {
		const fixed = sampleRows.map((row) =>
			row.address === 'ул. Ахунбаева, 119'
				? { ...row, address: 'улица Ахунбаева, 119' }
				: row.address === 'пр. Масалиева, 42'
					? { ...row, address: 'пр. Масалиев, 42' }
					: row,
		);
		const again = place(fixed, first).terminals;
		expect(again.map((terminal) => terminal.id)).toEqual(first.map((terminal) => terminal.id));
	});

	it('give rows whose text collides a suffix from their own text, whatever their order', () => {
		const twin = (hours: string): ParsedRow => ({ n: 1, region: 'г. Ош', city: 'Ош', address: 'ул. Ленина, 1', place: 'АЗС', hours });
		const ab = place(renumber([twin('09:00–18:00'), twin('круглосуточно')])).terminals.map((terminal) => terminal.id);
		const ba = place(renumber([twin('круглосуточно'), twin('09:00–18:00')])).terminals.map((terminal) => terminal.id);
		expect(ab[0]).toMatch(/^osh-lenina-1-azs-[0-9a-f]{6}$/);
		expect(new Set(ab).size).toBe(2);
		expect([...ab].reverse()).toEqual(ba);
	});

	it('number rows printed twice -2, -3 after the hash', () => {
		const row: ParsedRow = { n: 1, region: 'г. Ош', city: 'Ош', address: 'ул. Ленина, 1', place: 'АЗС', hours: '' };
		const ids = place(renumber([row, row, row])).terminals.map((terminal) => terminal.id);
		expect(new Set(ids).size).toBe(3);
		expect(ids[1]).toBe(`${ids[0]}-2`);
		expect(ids[2]).toBe(`${ids[0]}-3`);
	});

	it('are not kept when two changed rows of one settlement resemble the same old one', () => {
		const old = place(renumber([{ n: 1, region: 'г. Ош', city: 'Ош', address: 'ул. Ленина, 10', place: 'АЗС', hours: '' }])).terminals;
		const twoLike = renumber([
			{ n: 1, region: 'г. Ош', city: 'Ош', address: 'ул. Ленина, 11', place: 'АЗС', hours: '' },
			{ n: 2, region: 'г. Ош', city: 'Ош', address: 'ул. Ленина, 12', place: 'АЗС', hours: '' },
		]);
		const ids = place(twoLike, old).terminals.map((terminal) => terminal.id);
		expect(ids).not.toContain(old[0]?.id);
		expect(idOf(twoLike, ids, (row) => row.address.endsWith('11'))).toBe('osh-lenina-11-azs');
	});
});

describe('the fuzzy step’s bounds, so that no list makes placing slow', () => {
	const row = (n: number, address: string): ParsedRow => ({ n, region: 'г. Бишкек', city: 'Бишкек', address, place: '', hours: '' });
	// Street names unlike each other, so each changed row resembles only its own old self.
	const streetName = (i: number) =>
		Array.from({ length: 12 }, (_, k) => String.fromCharCode(0x430 + ((i * 7919 + k * k * 104729 + ((i * k) % 31)) % 32))).join('');
	const changedSince = (rows: readonly ParsedRow[]) => place(rows.map((each) => ({ ...each, address: `${each.address}а` }))).terminals;

	it.each([
		// 1,000 rows against 1,000 would need 2,000,000 comparisons: over the budget, so only exact matches keep ids.
		[10, true],
		[1000, false],
	])('%i rows of one settlement, each changed a little: ids kept %s', (count, kept) => {
		expect(count * 2 * count > fuzzyLimits.maxComparisons).toBe(!kept);
		const rows = Array.from({ length: count }, (_, i) => row(i + 1, `ул. ${streetName(i)}, 5`));
		const previous = changedSince(rows);
		const ids = place(rows, previous).terminals.map((terminal) => terminal.id);
		expect(ids.filter((id, i) => id === previous[i]?.id)).toHaveLength(kept ? count : 0);
	});
});
