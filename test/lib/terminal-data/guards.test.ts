import { describe, expect, it } from 'vitest';
import { guardList, guardMessage } from '../../../src/lib/terminal-data/guards.ts';
import type { PlacedTerminal } from '../../../src/lib/terminal-data/schema.ts';
import { snapshot } from './content.ts';

const terminals = snapshot().terminals;
const real = { rows: 240, sample: false };

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
		expect(guardList(terminals.slice(0, 10), { rows: 240, sample: true })).toEqual([]);
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
