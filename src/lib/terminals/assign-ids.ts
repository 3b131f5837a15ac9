import { baseId, identityKey, textHash, type IdentityText } from './terminal-id.ts';
import { alike, comparable, type Comparable } from './similarity.ts';

/** A row to name: its identity text and its whole printed text (for the collision hash). */
export interface Nameable {
	identity: IdentityText;
	text: string;
}

/** A terminal of the last snapshot: its id and the same identity text. */
export interface Known {
	id: string;
	identity: IdentityText;
}

/** How close a changed address + place must stay to its old text to keep the old id. */
const keepIdSimilarity = 0.75;

/** A text's identity, computed once: its settlement, and its address + place to compare. */
interface Keys {
	settlement: string;
	detail: Comparable;
}
const keysOf = (identity: IdentityText): Keys => ({
	settlement: identityKey({ settlement: identity.settlement, address: '', place: '' }),
	detail: comparable(identityKey({ ...identity, settlement: '' })),
});

/**
 * Bounds on the fuzzy step (2.), so that no PDF text makes placing slow: identity text longer than
 * any real address and place (they run under 150 characters) is matched only exactly, and a
 * settlement whose changed rows would need more comparisons than this (a real list's Bishkek, 300
 * rows against 300, needs 180,000) keeps only its exact matches, its other rows taking new ids.
 */
export const fuzzyLimits = { maxLength: 300, maxComparisons: 1_000_000 } as const;

const resembles = (a: Comparable, b: Comparable) =>
	Math.max(a.text.length, b.text.length) <= fuzzyLimits.maxLength && alike(a, b, keepIdSimilarity);

/**
 * Gives every row an id, stable across lists:
 * 1. a row whose identity text is unchanged keeps its old id;
 * 2. a row changed a little («Ахунбаева» → «Ахунбаев», «ул.» → «улица») keeps the old id of the one
 *    unclaimed terminal of the same settlement it resembles, when that terminal resembles no other row as well
 *    (within `fuzzyLimits`);
 * 3. any other row gets its base id, or, when that is taken or shared, the base id and a hash of its text
 *    (so the suffix does not depend on the row's position), and `-2`, `-3`… for rows printed twice.
 */
export function assignIds(rows: readonly Nameable[], previous: readonly Known[] = []): string[] {
	const ids: (string | undefined)[] = rows.map(() => undefined);
	const unclaimed = new Map<string, Known[]>();
	for (const known of previous) {
		const key = identityKey(known.identity);
		unclaimed.set(key, [...(unclaimed.get(key) ?? []), known]);
	}
	rows.forEach((row, i) => {
		const same = unclaimed.get(identityKey(row.identity));
		const known = same?.shift();
		if (known) ids[i] = known.id;
	});
	// Old terminals left unclaimed, and rows left unnamed, by settlement: a changed row only ever matches within its own.
	const left = new Map<string, { known: Known; detail: Comparable }[]>();
	for (const known of [...unclaimed.values()].flat()) {
		const keys = keysOf(known.identity);
		left.set(keys.settlement, [...(left.get(keys.settlement) ?? []), { known, detail: keys.detail }]);
	}
	const open = new Map<string, { i: number; detail: Comparable }[]>();
	rows.forEach((row, i) => {
		if (ids[i] !== undefined) return;
		const keys = keysOf(row.identity);
		open.set(keys.settlement, [...(open.get(keys.settlement) ?? []), { i, detail: keys.detail }]);
	});
	for (const [settlement, rowsHere] of open) {
		const knownHere = left.get(settlement);
		if (!knownHere || rowsHere.length * (knownHere.length + rowsHere.length) > fuzzyLimits.maxComparisons) continue;
		for (const row of rowsHere) {
			const candidates = knownHere.filter((known) => resembles(known.detail, row.detail));
			const [only, ...others] = candidates;
			if (only === undefined || others.length > 0) continue;
			const rivals = rowsHere.filter((other) => other !== row && ids[other.i] === undefined && resembles(other.detail, only.detail));
			if (rivals.length > 0) continue;
			ids[row.i] = only.known.id;
			knownHere.splice(knownHere.indexOf(only), 1);
		}
	}
	const taken = new Set(ids.filter((id) => id !== undefined));
	const fresh = rows.map((row) => baseId(row.identity));
	const shared = new Map<string, number>();
	rows.forEach((_, i) => {
		if (ids[i] === undefined) shared.set(fresh[i] as string, (shared.get(fresh[i] as string) ?? 0) + 1);
	});
	return rows.map((row, i) => {
		const kept = ids[i];
		if (kept !== undefined) return kept;
		const base = fresh[i] as string;
		let id = taken.has(base) || (shared.get(base) ?? 0) > 1 ? `${base}-${textHash(row.text)}` : base;
		for (let copy = 2; taken.has(id); copy++) id = `${base}-${textHash(row.text)}-${copy}`;
		taken.add(id);
		return id;
	});
}
