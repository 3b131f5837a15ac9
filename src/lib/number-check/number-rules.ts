import rulesFile from '../../../content/number-rules.json' with { type: 'json' };
import { parseNumberRules } from './rules-schema.ts';
import type { NumberKind, NumberKindId } from './rules.ts';

/** `content/number-rules.json`, checked once at import, so a broken file fails the build. */
export const numberRules = parseNumberRules(rulesFile);

/** The rules for one kind of number, or a build error naming the kinds the file has. */
export function numberKind(id: NumberKindId): NumberKind {
	const kind = numberRules.kinds.find((candidate) => candidate.id === id);
	if (!kind) {
		const known = numberRules.kinds.map((candidate) => candidate.id).join(', ');
		throw new Error(`content/number-rules.json has no number kind "${id}" (it has: ${known}). Add it, or fix the guide.`);
	}
	return kind;
}
