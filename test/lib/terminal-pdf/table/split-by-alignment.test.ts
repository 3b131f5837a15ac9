import { expect, test } from 'vitest';
import { groupPhrases, splitByAlignment } from '../../../../src/lib/terminal-pdf/table/split-by-alignment.ts';

const span = (x0: number, x1: number, size = 10) => ({ x0, x1, size });

test('groupPhrases keeps words a space apart together and splits at wide gaps', () => {
	expect(groupPhrases([span(0, 20), span(23, 40), span(50, 60)])).toEqual([span(0, 40), span(50, 60)]);
});

test.each([
	{
		name: 'left-aligned columns with data wider than the header',
		header: [span(10, 20), span(100, 120)],
		data: [span(10, 60), span(100, 130), span(10, 80), span(100, 150)],
		edge: [81, 99],
	},
	{
		name: 'right-aligned numbers before a left-aligned column',
		header: [span(20, 30), span(40, 60)],
		data: [span(25, 30), span(40, 90), span(20, 30), span(40, 70)],
		edge: [31, 39],
	},
])('finds the gutter the data leaves between header cells: $name', ({ header, data, edge }) => {
	const [cut] = splitByAlignment(header, data, data);
	expect(cut).toBeGreaterThanOrEqual(edge[0] as number);
	expect(cut).toBeLessThanOrEqual(edge[1] as number);
});

test('stacked header lines that overlap are one cell, so they give no edge', () => {
	expect(splitByAlignment([span(10, 40), span(12, 38), span(60, 80)], [], [])).toHaveLength(1);
});
