import { describe, expect, it } from 'vitest';
import { guardList, guardMessage } from '../../../src/lib/terminals/guards.ts';
import type { PlacedTerminal } from '../../../src/lib/terminals/schema.ts';
import { snapshot } from './content.ts';

const terminals = snapshot().terminals;
const real = { terminals, sample: false };

describe('the guards a new list passes before it replaces the snapshot', () => {
	it('pass the sample itself', () => {
		expect(guardList(terminals, real)).toEqual([]);
	});

	it.each([
		[192, []],
		[191, [{ code: 'shrunk', rows: 191, snapshotRows: 240 }]],
	] as const)('a list of %i rows against 240: %j', (rows, problems) => {
		expect(guardList(terminals.slice(0, rows), real)).toEqual(problems);
	});

	it('never hold a real list back against a sample', () => {
		expect(guardList(terminals.slice(0, 10), { terminals, sample: true })).toEqual([]);
	});

	const unplace = (terminal: PlacedTerminal, changes: Partial<PlacedTerminal> = {}): PlacedTerminal => {
		const { n, id, region, city, address, place, hours } = terminal;
		return { n, id, region, city, address, place, hours, ...changes, precision: 'none', positionSource: 'none' };
	};
	const placedInSnapshot = terminals.filter((terminal) => terminal.precision !== 'none').length;

	it('refuse a list whose town and region columns are lost (placed → unplaced), naming the columns', () => {
		const list = terminals.map((terminal) => unplace(terminal, { region: '', city: '' }));
		const problems = guardList(list, real);
		expect(problems).toEqual([
			{
				code: 'unplaced',
				placed: 0,
				rows: 240,
				snapshotPlaced: placedInSnapshot,
				snapshotRows: 240,
				lost: { emptyColumns: ['region', 'city'], numbers: expect.any(Array) },
			},
		]);
		expect(guardMessage(problems[0] as never)).toBe(
			`the new list places 0 of 240 terminals (0 %) on the map, against ${placedInSnapshot} of 240 (97 %) in the snapshot: the region and settlement (town) column is empty in every row (renamed or dropped? add its heading to content/terminals/header-synonyms.json)`,
		);
	});

	it('refuse a list that places nothing even against a sample', () => {
		expect(
			guardList(
				terminals.map((terminal) => unplace(terminal)),
				{ terminals, sample: true },
			).map((p) => p.code),
		).toEqual(['unplaced']);
	});

	it.each([
		// 232 of 240 placed in the snapshot (96.7 %); 80 % of that share is 77.3 %, 185.6 rows.
		[186, []],
		[185, ['unplaced']],
	] as const)('%i placed of 240 against the snapshot: %j', (placed, codes) => {
		const kept = terminals
			.filter((terminal) => terminal.precision !== 'none')
			.slice(0, placed)
			.map((terminal) => terminal.id);
		const list = terminals.map((terminal) => (kept.includes(terminal.id) || terminal.precision === 'none' ? terminal : unplace(terminal)));
		const problems = guardList(list, real);
		expect(problems.map((problem) => problem.code)).toEqual(codes);
		if (codes.length > 0)
			expect(guardMessage(problems[0] as never)).toMatch(/rows that had a place and have none now: № \d+, .* and \d+ more$/);
	});

	it('find row numbers printed twice and missing ones', () => {
		const list = terminals.map((terminal) =>
			terminal.n === 7 ? { ...terminal, n: 6 } : terminal.n === 12 ? { ...terminal, n: 240 } : terminal,
		);
		const problems = guardList(list, real);
		expect(problems).toEqual([
			{ code: 'duplicate-n', numbers: [6, 240] },
			{ code: 'missing-n', numbers: [7, 12] },
		]);
		expect(problems.map(guardMessage)).toEqual(['row numbers printed twice: 6, 240', 'row numbers missing from the sequence: 7, 12']);
	});

	it('find an id given twice', () => {
		const list = terminals.map((terminal, i) => (i === 3 ? { ...terminal, id: terminals[2]?.id as string } : terminal));
		expect(guardList(list, real)).toEqual([{ code: 'duplicate-id', ids: [terminals[2]?.id] }]);
	});

	it('find a row the schema refuses, naming its number and field', () => {
		const broken = { ...terminals[4], id: 'Not An Id', lat: 95 } as PlacedTerminal;
		const problems = guardList([...terminals.slice(0, 4), broken, ...terminals.slice(5)], real);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ code: 'schema', n: 5 });
		const message = guardMessage(problems[0] as never);
		expect(message).toMatch(/^row № 5 is not a valid terminal: /);
		expect(message).toMatch(/expected number to be <=90 → at lat/);
		expect(message).toMatch(/an id is lowercase Latin letters and digits joined by single hyphens → at id/);
	});
});
