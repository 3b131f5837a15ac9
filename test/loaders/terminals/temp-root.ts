import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PlacedTerminal } from '../../../src/lib/terminals/schema.ts';
import type { SnapshotSource } from '../../../src/lib/terminals/source-schema.ts';

const project = new URL('../../../', import.meta.url);

/** A copy of the project's `content/terminals/` in a temporary root, so a test may rewrite the snapshot. */
export function tempRoot() {
	const dir = mkdtempSync(join(tmpdir(), 'terminal-data-'));
	cpSync(new URL('content/terminals/', project), join(dir, 'content/terminals'), { recursive: true });
	const root = pathToFileURL(`${dir}/`);
	const file = (name: string) => new URL(`content/terminals/${name}`, root);
	return {
		root,
		read: (name: string) => readFileSync(file(name), 'utf8'),
		snapshot: () => ({
			terminals: JSON.parse(readFileSync(file('terminals.json'), 'utf8')) as PlacedTerminal[],
			source: JSON.parse(readFileSync(file('source.json'), 'utf8')) as SnapshotSource,
		}),
		/** Marks the committed sample as a real list, so the drift guard applies to it. */
		makeReal: (changes: Partial<SnapshotSource> = {}) => {
			const source = JSON.parse(readFileSync(file('source.json'), 'utf8')) as SnapshotSource;
			writeFileSync(file('source.json'), JSON.stringify({ ...source, sample: false, ...changes }));
		},
		write: (name: string, value: unknown) => writeFileSync(file(name), JSON.stringify(value)),
		/** Replaces the snapshot's terminals, keeping source.json's `rows` true to them. */
		writeTerminals: (terminals: readonly PlacedTerminal[]) => {
			const source = JSON.parse(readFileSync(file('source.json'), 'utf8')) as SnapshotSource;
			writeFileSync(file('terminals.json'), JSON.stringify(terminals));
			writeFileSync(file('source.json'), JSON.stringify({ ...source, rows: terminals.length }));
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}
