import type { PageContent, Rule, TextItem } from '../../../src/lib/terminal-pdf/page-content.ts';

/** Text laid out the way `splitWords` estimates it without font widths: half an em a letter, 0.28 em a space. */
export function item(str: string, x: number, y: number, size = 10): TextItem {
	const width = [...str].reduce((sum, char) => sum + (char === ' ' ? 0.28 : 0.5) * size, 0);
	return { str, x, y, width, height: size };
}

/** One table row of cells: `[text, x]` pairs on one line at `y`, each cell line `lineHeight` under the last. */
export function row(y: number, cells: readonly (readonly [string | readonly string[], number])[], lineHeight = 12): TextItem[] {
	return cells.flatMap(([text, x]) =>
		(typeof text === 'string' ? [text] : text).map((line, index) => item(line, x, y + index * lineHeight)),
	);
}

export const hRule = (y: number, x0: number, x1: number): Rule => ({ x0, y0: y, x1, y1: y });
export const vRule = (x: number, y0: number, y1: number): Rule => ({ x0: x, y0, x1: x, y1 });

export function syntheticPage(items: TextItem[], rules: Rule[] = [], number = 1, turned: TextItem[] = []): PageContent {
	return { number, width: 595, height: 842, items, turned, rules, glyphWidths: new Map() };
}
