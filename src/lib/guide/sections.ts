/**
 * The guide's section ids, in reading order. They are a promise to support staff:
 * links such as `/ru/#enter-number` must keep working, so the ids are data that every
 * language's guide must use exactly, never derived from heading text.
 */
export const steps = ['install-app', 'register', 'find-dos-tek', 'enter-number', 'choose-account', 'enter-amount', 'pay'] as const;

/** Sections after the numbered steps: they get an anchor and a copy link but no number. */
const afterSteps = ['receipt', 'terminals'] as const;

export const sectionIds = [...steps, ...afterSteps] as const;

export type SectionId = (typeof sectionIds)[number];

export function isSectionId(value: string): value is SectionId {
	return (sectionIds as readonly string[]).includes(value);
}

/** The step's number as the reader sees it (1-based), or undefined for unnumbered sections. */
export function stepNumber(id: SectionId): number | undefined {
	const index = (steps as readonly string[]).indexOf(id);
	return index === -1 ? undefined : index + 1;
}
