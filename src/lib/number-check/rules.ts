import type { z } from 'zod';
import type { NumberRulesSchema } from './rules-schema.ts';

/** `content/number-rules.json` once checked: the shape comes from its zod schema in `rules-schema.ts`. */
export type NumberRules = z.infer<ReturnType<typeof NumberRulesSchema>>;

export type NumberKind = NumberRules['kinds'][number];
export type NumberKindId = NumberKind['id'];
/** A word people paste with the number, such as «ИНН:» or «Счёт №». */
export type NumberLabel = NumberRules['labels'][number];

/**
 * A known shorter form of the number, recognised so the reader hears "this looks like your
 * 14-digit ИНН" instead of a bare "too short". Digits from `dateStart` are a DDMMYYYY date.
 */
type NumberStructure = NumberKind['structures'][number];
export type Holder = NumberStructure['holder'];
