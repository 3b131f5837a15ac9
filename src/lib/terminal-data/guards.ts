import { z } from 'zod';
import { PlacedTerminalSchema, type PlacedTerminal } from './schema.ts';

/** Why a new list is not trusted over the snapshot; `terminals update --accept` takes it anyway. */
export type GuardProblem =
	| { code: 'shrunk'; rows: number; snapshotRows: number }
	| { code: 'duplicate-n'; numbers: number[] }
	| { code: 'missing-n'; numbers: number[] }
	| { code: 'duplicate-id'; ids: string[] }
	| { code: 'schema'; n: number; detail: string };

/** A new list with fewer rows than this share of the snapshot's is more likely a broken export than closures. */
export const minShareOfSnapshot = 0.8;

const listed = (values: readonly (number | string)[], most = 10) =>
	`${values.slice(0, most).join(', ')}${values.length > most ? ` and ${values.length - most} more` : ''}`;

export const guardMessages = {
	shrunk: (p: { rows: number; snapshotRows: number }) =>
		`the new list has ${p.rows} terminals, fewer than ${Math.round(minShareOfSnapshot * 100)} % of the snapshot's ${p.snapshotRows}`,
	'duplicate-n': (p: { numbers: number[] }) => `row numbers printed twice: ${listed(p.numbers)}`,
	'missing-n': (p: { numbers: number[] }) => `row numbers missing from the sequence: ${listed(p.numbers)}`,
	'duplicate-id': (p: { ids: string[] }) => `ids given twice: ${listed(p.ids)}`,
	schema: (p: { n: number; detail: string }) => `row № ${p.n} is not a valid terminal: ${p.detail}`,
} as const;

export function guardMessage(problem: GuardProblem): string {
	return (guardMessages[problem.code] as (p: GuardProblem) => string)(problem);
}

function repeated<T>(values: readonly T[]): T[] {
	const seen = new Set<T>();
	const twice = new Set<T>();
	for (const value of values) (seen.has(value) ? twice : seen).add(value);
	return [...twice];
}

/** Numbers between 1 and the highest printed that no row carries. */
function gaps(numbers: readonly number[]): number[] {
	const present = new Set(numbers);
	const highest = numbers.reduce((most, n) => Math.max(most, n), 0);
	const missing: number[] = [];
	for (let n = 1; n <= highest; n++) if (!present.has(n)) missing.push(n);
	return missing;
}

/**
 * What is wrong with a new list before it may replace the snapshot: too short against it (unless
 * the snapshot is a sample, which any real list replaces), numbering repeated or missing, an id
 * given twice, a row the schema refuses. An empty array means it may be published.
 */
export function guardList(terminals: readonly PlacedTerminal[], snapshot: { rows: number; sample: boolean }): GuardProblem[] {
	const problems: GuardProblem[] = [];
	if (!snapshot.sample && terminals.length < snapshot.rows * minShareOfSnapshot)
		problems.push({ code: 'shrunk', rows: terminals.length, snapshotRows: snapshot.rows });
	const numbers = terminals.map((terminal) => terminal.n);
	const duplicateN = repeated(numbers);
	if (duplicateN.length > 0) problems.push({ code: 'duplicate-n', numbers: duplicateN.sort((a, b) => a - b) });
	const missingN = gaps(numbers);
	if (missingN.length > 0) problems.push({ code: 'missing-n', numbers: missingN });
	const duplicateIds = repeated(terminals.map((terminal) => terminal.id));
	if (duplicateIds.length > 0) problems.push({ code: 'duplicate-id', ids: duplicateIds });
	for (const terminal of terminals) {
		const parsed = PlacedTerminalSchema.safeParse(terminal);
		if (!parsed.success) problems.push({ code: 'schema', n: terminal.n, detail: z.prettifyError(parsed.error).replace(/\s*\n\s*/g, ' ') });
	}
	return problems;
}
