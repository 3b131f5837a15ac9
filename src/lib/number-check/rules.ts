/** Plain types of `content/number-rules.json`; `rules-schema.ts` checks the file against them at build time. */
export type NumberKindId = 'inn' | 'invoice';
export type Holder = 'organisation' | 'individual-female' | 'individual-male';

/**
 * A known shorter form of the number, recognised so the reader hears "this looks like your
 * 14-digit ИНН" instead of a bare "too short". Digits from `dateStart` are a DDMMYYYY date.
 */
export interface NumberStructure {
	holder: Holder;
	length: number;
	prefix: string;
	dateStart: number;
}

export interface NumberKind {
	id: NumberKindId;
	length: number;
	structures: NumberStructure[];
}

export interface NumberRules {
	kinds: NumberKind[];
	labels: string[];
	lookAlikes: Record<string, string>;
	earliestYear: number;
}
