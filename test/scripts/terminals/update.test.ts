import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { update, updateExit } from '../../../scripts/terminals/update.ts';
import { SnapshotSourceSchema } from '../../../src/lib/terminals/source-schema.ts';
import { SnapshotTerminalsSchema } from '../../../src/lib/terminals/snapshot-schema.ts';
import { bad, fixtures } from '../../lib/terminal-pdf/fixtures.ts';
import { tempRoot } from '../../loaders/terminals/temp-root.ts';
import { testContext } from './context.ts';

// Each PDF is parsed once in this file, however many commands read it.
vi.mock(import('../../../src/lib/terminal-pdf/parse-in-worker.ts'), async (importOriginal) =>
	(await import('../../loaders/terminals/parse-once.ts')).parseOnce(await importOriginal()),
);

const pdf = (name: string) => fileURLToPath(new URL(name, fixtures));
let roots: ReturnType<typeof tempRoot>[] = [];
afterEach(() => {
	for (const root of roots) root.remove();
	roots = [];
});
function setup() {
	const root = tempRoot();
	roots.push(root);
	return root;
}
const files = (root: ReturnType<typeof tempRoot>) => [root.read('terminals.json'), root.read('source.json')];

describe('terminals update', () => {
	it('replaces the sample with a real list, whatever its length, and says what changed (exit 0)', async () => {
		const root = setup();
		const run = testContext(root.root, { TERMINALS_PDF: pdf('ruled-region-column.pdf') });
		expect(await update([], run.context)).toBe(updateExit.ok);
		const { terminals, source } = root.snapshot();
		expect(SnapshotTerminalsSchema.parse(terminals)).toHaveLength(80);
		expect(SnapshotSourceSchema.parse(source)).toMatchObject({
			origin: 'file',
			file: 'ruled-region-column.pdf',
			sample: false,
			sha256: '61a2c93936a3beaf4edcf49e4e25aeb2659e29eb4efedce67d6ac5f3aaf779c6',
			date: '01.11.2026',
			fetchedAt: '2026-11-25T12:00:00.000Z',
			rows: 80,
		});
		expect(run.stdout()).toMatch(
			/^80 terminals: 0 exact, \d+ at their settlement's centre, \d+ without a position; settlements not in the gazetteer: /,
		);
		expect(run.stdout()).toMatch(/against the snapshot: \d+ added, \d+ removed, \d+ changed, \d+ unchanged\nsnapshot written/);
	});

	it('warns about pins whose terminal the new list no longer has', async () => {
		const root = setup();
		root.write('pins.json', { 'bishkek-closed-terminal': { lat: 42.87, lng: 74.6, note: 'closed in October' } });
		const run = testContext(root.root, { TERMINALS_PDF: pdf('merged-cells.pdf') });
		expect(await update([], run.context)).toBe(updateExit.ok);
		expect(run.stderr()).toContain(
			'warning[stale-pin]: content/terminals/pins.json pins ids this list no longer has: bishkek-closed-terminal;',
		);
	});

	it('takes the file named on the command line over TERMINALS_PDF', async () => {
		const root = setup();
		const run = testContext(root.root, { TERMINALS_PDF: pdf('ruled-region-column.pdf') });
		expect(await update([pdf('no-lines.pdf')], run.context)).toBe(updateExit.ok);
		expect(root.snapshot().source.file).toBe('no-lines.pdf');
	});

	it('keeps the snapshot on a parser error and names the code (exit 1)', async () => {
		const root = setup();
		const before = files(root);
		const run = testContext(root.root);
		expect(await update([fileURLToPath(new URL('encrypted.pdf', bad))], run.context)).toBe(updateExit.noList);
		expect(run.stderr()).toMatch(
			/^error\[encrypted\]: the terminal list PDF is protected by a password; .*the snapshot in content\/terminals\/ is unchanged\.$/,
		);
		expect(files(root)).toEqual(before);
	});

	it('keeps a real snapshot against a list under 80 % of it and prints the diff summary (exit 3); --accept takes it (exit 0)', async () => {
		const root = setup();
		root.makeReal({ sha256: 'b'.repeat(64) });
		const before = files(root);
		const refused = testContext(root.root, { TERMINALS_PDF: pdf('merged-cells.pdf') });
		expect(await update([], refused.context)).toBe(updateExit.guarded);
		expect(refused.stderr()).toContain("guard[shrunk]: the new list has 27 terminals, fewer than 80 % of the snapshot's 240");
		expect(refused.stderr()).toMatch(/run again with --accept/);
		expect(refused.stdout()).toMatch(/against the snapshot: \d+ added, \d+ removed, \d+ changed, \d+ unchanged/);
		expect(files(root)).toEqual(before);

		const accepted = testContext(root.root, { TERMINALS_PDF: pdf('merged-cells.pdf') });
		expect(await update(['--accept'], accepted.context)).toBe(updateExit.ok);
		expect(accepted.stdout()).toMatch(/accepted despite the guards above/);
		expect(root.snapshot().terminals).toHaveLength(27);
	});

	it('keeps a real snapshot against a list that places none of its terminals (exit 3); --accept takes it (exit 0)', async () => {
		const root = setup();
		root.makeReal({ sha256: 'c'.repeat(64) });
		const before = files(root);
		const noTown = fileURLToPath(new URL('../../fixtures/terminals/no-town.pdf', import.meta.url));
		const refused = testContext(root.root);
		expect(await update([noTown], refused.context)).toBe(updateExit.guarded);
		expect(refused.stderr()).toContain(
			'guard[unplaced]: the new list places 0 of 240 terminals (0 %) on the map, against 232 of 240 (97 %) in the snapshot: the region and settlement (town) column is empty in every row',
		);
		expect(files(root)).toEqual(before);

		const accepted = testContext(root.root);
		expect(await update([noTown, '--accept'], accepted.context)).toBe(updateExit.ok);
		expect(root.snapshot().source).toMatchObject({ rows: 240, counts: { exact: 0, settlement: 0, none: 240 } });
	});

	it('exits 2 with the usage line on a mistake', async () => {
		const root = setup();
		const run = testContext(root.root);
		expect(await update(['--force'], run.context)).toBe(updateExit.usage);
		expect(run.stderr()).toMatch(/usage: terminals update \[file\.pdf \| URL\] \[--accept\]$/);
		expect(await update(['a.pdf', 'b.pdf'], run.context)).toBe(updateExit.usage);
	});
});
