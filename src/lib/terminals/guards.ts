import { z } from 'zod';
import { lostPlaces, placedShare, type LostPlaces } from './lost-places.ts';
import { PlacedTerminalSchema, type PlacedTerminal } from './schema.ts';

/** Why a new list is not trusted over the snapshot; `terminals update --accept` takes it anyway. */
export type GuardProblem =
	| { code: 'shrunk'; rows: number; snapshotRows: number }
	| { code: 'unplaced'; placed: number; rows: number; snapshotPlaced: number; snapshotRows: number; lost: LostPlaces }
	| { code: 'duplicate-n'; numbers: number[] }
	| { code: 'missing-n'; numbers: number[] }
	| { code: 'duplicate-id'; ids: string[] }
	| { code: 'schema'; n: number; detail: string };

/** A new list with fewer rows than this share of the snapshot's is more likely a broken export than closures. */
const minShareOfSnapshot = 0.8;

/**
 * A new list whose share of placed terminals (exact or at their settlement) falls under this part of
 * the snapshot's has lost a column or a heading, not gained a few villages the gazetteer lacks: new
 * terminals in unknown places move the share by a few points, a town column the parser no longer
 * finds moves it to nearly 0. The same 80 % as `shrunk`, for the same reason.
 */
export const minPlacedShareOfSnapshot = 0.8;

const percent = (share: number) => `${Math.round(share * 100)} %`;

const listed = (values: readonly (number | string)[], most = 10) =>
	`${values.slice(0, most).join(', ')}${values.length > most ? ` and ${values.length - most} more` : ''}`;

const guardMessages = {
	shrunk: (p: { rows: number; snapshotRows: number }) =>
		`the new list has ${p.rows} terminals, fewer than ${Math.round(minShareOfSnapshot * 100)} % of the snapshot's ${p.snapshotRows}`,
	unplaced: (p: { placed: number; rows: number; snapshotPlaced: number; snapshotRows: number; lost: LostPlaces }) =>
		`the new list places ${p.placed} of ${p.rows} terminals (${percent(p.placed / Math.max(p.rows, 1))}) on the map, against ${p.snapshotPlaced} of ${p.snapshotRows} (${percent(p.snapshotPlaced / Math.max(p.snapshotRows, 1))}) in the snapshot: ${describeLost(p.lost)}`,
	'duplicate-n': (p: { numbers: number[] }) => `row numbers printed twice: ${listed(p.numbers)}`,
	'missing-n': (p: { numbers: number[] }) => `row numbers missing from the sequence: ${listed(p.numbers)}`,
	'duplicate-id': (p: { ids: string[] }) => `ids given twice: ${listed(p.ids)}`,
	schema: (p: { n: number; detail: string }) => `row № ${p.n} is not a valid terminal: ${p.detail}`,
} as const;

function describeLost(lost: LostPlaces): string {
	const columns = lost.emptyColumns.map((column) => (column === 'city' ? 'settlement (town)' : column));
	if (columns.length > 0)
		return `the ${columns.join(' and ')} column is empty in every row (renamed or dropped? add its heading to content/terminals/header-synonyms.json)`;
	if (lost.numbers.length > 0) return `rows that had a place and have none now: № ${listed(lost.numbers)}`;
	return 'its settlements are not in the gazetteer';
}

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

/** The snapshot a new list is weighed against: its placed terminals, and whether it is the project's sample. */
export interface GuardedSnapshot {
	terminals: readonly PlacedTerminal[];
	sample: boolean;
}

/** Fewer placed terminals than the snapshot by `minPlacedShareOfSnapshot`, or none where it had some (even against a sample). */
function unplaced(terminals: readonly PlacedTerminal[], snapshot: GuardedSnapshot): GuardProblem | undefined {
	const now = placedShare(terminals);
	const before = placedShare(snapshot.terminals);
	const lost = now.placed === 0 ? before.placed > 0 : !snapshot.sample && now.share < before.share * minPlacedShareOfSnapshot;
	if (!lost) return undefined;
	return {
		code: 'unplaced',
		placed: now.placed,
		rows: terminals.length,
		snapshotPlaced: before.placed,
		snapshotRows: snapshot.terminals.length,
		lost: lostPlaces(terminals, snapshot.terminals),
	};
}

/**
 * What is wrong with a new list before it may replace the snapshot: too short against it, or far
 * fewer of its terminals on the map (unless the snapshot is a sample, which any real list replaces),
 * numbering repeated or missing, an id given twice, a row the schema refuses. An empty array means
 * it may be published.
 */
export function guardList(terminals: readonly PlacedTerminal[], snapshot: GuardedSnapshot): GuardProblem[] {
	const problems: GuardProblem[] = [];
	const snapshotRows = snapshot.terminals.length;
	if (!snapshot.sample && terminals.length < snapshotRows * minShareOfSnapshot)
		problems.push({ code: 'shrunk', rows: terminals.length, snapshotRows });
	const lost = unplaced(terminals, snapshot);
	if (lost) problems.push(lost);
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
