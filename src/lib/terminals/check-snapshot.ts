import type { PlacedTerminal } from './schema.ts';

/**
 * What makes a committed snapshot unusable although each row is valid: an id given to two rows
 * (one would silently replace the other on the site) or a row count other than its source's
 * `rows`. Each problem is one sentence naming the ids and row numbers; an empty array means usable.
 */
export function snapshotProblems(terminals: readonly PlacedTerminal[], rows: number): string[] {
	const byId = new Map<string, number[]>();
	for (const terminal of terminals) byId.set(terminal.id, [...(byId.get(terminal.id) ?? []), terminal.n]);
	const problems = [...byId]
		.filter(([, numbers]) => numbers.length > 1)
		.map(([id, numbers]) => `the id ${id} is given to rows № ${numbers.join(', № ')}`);
	if (terminals.length !== rows) problems.push(`it holds ${terminals.length} terminals, but source.json says "rows": ${rows}`);
	return problems;
}
