import type { PlacedTerminal } from './schema.ts';

/** The fields a reviewer compares; `n` is left out, since one inserted row renumbers every row after it. */
const comparedFields = ['region', 'city', 'address', 'place', 'hours', 'position'] as const;
type ComparedField = (typeof comparedFields)[number];

interface FieldChange {
	field: ComparedField;
	from: string;
	to: string;
}

export interface ListDiff {
	added: PlacedTerminal[];
	removed: PlacedTerminal[];
	changed: { before: PlacedTerminal; after: PlacedTerminal; fields: FieldChange[] }[];
	unchanged: number;
	/** Terminals whose only change is their printed number. */
	renumbered: number;
}

/** A position as a reviewer reads it: `42.87, 74.59 (settlement, gazetteer)`, or `none`. */
function describePosition(terminal: PlacedTerminal): string {
	if (terminal.lat === undefined || terminal.lng === undefined) return 'none';
	return `${terminal.lat}, ${terminal.lng} (${terminal.precision}, ${terminal.positionSource})`;
}

const valueOf = (terminal: PlacedTerminal, field: ComparedField) => (field === 'position' ? describePosition(terminal) : terminal[field]);

/** What changed between two lists, by id: ids carry over small text changes, so those show as changed, not removed and added. */
export function diffLists(before: readonly PlacedTerminal[], after: readonly PlacedTerminal[]): ListDiff {
	const old = new Map(before.map((terminal) => [terminal.id, terminal]));
	const now = new Set(after.map((terminal) => terminal.id));
	const diff: ListDiff = {
		added: [],
		removed: before.filter((terminal) => !now.has(terminal.id)),
		changed: [],
		unchanged: 0,
		renumbered: 0,
	};
	for (const terminal of after) {
		const previous = old.get(terminal.id);
		if (!previous) {
			diff.added.push(terminal);
			continue;
		}
		const fields = comparedFields
			.map((field) => ({ field, from: valueOf(previous, field), to: valueOf(terminal, field) }))
			.filter((change) => change.from !== change.to);
		if (fields.length > 0) diff.changed.push({ before: previous, after: terminal, fields });
		else {
			diff.unchanged++;
			if (previous.n !== terminal.n) diff.renumbered++;
		}
	}
	return diff;
}
