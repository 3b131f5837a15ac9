import { sectionIds } from './sections.ts';

export type SectionIdProblem =
	| { code: 'unknown'; id: string }
	| { code: 'duplicate'; id: string }
	| { code: 'missing'; id: string }
	| { code: 'order'; expected: readonly string[]; found: readonly string[] };

/**
 * Compares the section ids a guide file uses, in document order, with the one shared list.
 * Reports every unknown, repeated and missing id; order is only judged once the set is right,
 * because "out of order" means little while ids are also missing or misspelt.
 */
export function checkSectionIds(found: readonly string[], expected: readonly string[] = sectionIds): SectionIdProblem[] {
	const problems: SectionIdProblem[] = [];
	const seen = new Set<string>();
	for (const id of found) {
		if (!expected.includes(id)) problems.push({ code: 'unknown', id });
		else if (seen.has(id)) problems.push({ code: 'duplicate', id });
		seen.add(id);
	}
	for (const id of expected) {
		if (!seen.has(id)) problems.push({ code: 'missing', id });
	}
	if (problems.length === 0 && found.some((id, index) => id !== expected[index])) {
		problems.push({ code: 'order', expected, found });
	}
	return problems;
}

/** One line per problem, saying what was expected, what was found and what to do. */
export function describeSectionIdProblem(problem: SectionIdProblem): string {
	switch (problem.code) {
		case 'unknown':
			return `<Step id="${problem.id}"> is not a guide section id; use one of: ${sectionIds.join(', ')}.`;
		case 'duplicate':
			return `<Step id="${problem.id}"> appears more than once; keep one section per id.`;
		case 'missing':
			return `no <Step id="${problem.id}"> found; every language's guide must have it.`;
		case 'order':
			return `sections are out of order: expected ${problem.expected.join(', ')}; found ${problem.found.join(', ')}. Move the sections into the expected order.`;
	}
}
