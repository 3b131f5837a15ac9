import { expect, test } from 'vitest';
import { benchSection, mergeBenchReport, type BenchPart } from '../../scripts/lib/bench-report.ts';

const at = new Date('2026-12-04T17:30:00Z');
const section = (part: BenchPart, value: string) => benchSection(part, 'Note.', [[`${part} measure`, value, '']], at);
const partsOf = (report: string) => [...report.matchAll(/^## (\w+) — (.+)$/gm)].map(([, part, when]) => `${part} ${when}`);
const valuesOf = (report: string) => [...report.matchAll(/^\| (\w+) measure \| (\w+) \|/gm)].map(([, part, value]) => `${part}=${value}`);

test('a section says when, where and what, then its table', () => {
	const text = section('terminals', '353');
	expect(text).toMatch(
		/^## terminals — 2026-12-04 17:30 UTC\n\nMachine: \d+ × .+, Node v[\d.]+\. Note\.\n\n\| measure \| value \| budget \/ reference \|\n/,
	);
	expect(text).toContain('| terminals measure | 353 |  |\n');
});

test.each([
	{
		name: 'a run of one part keeps the others as they were',
		previous: mergeBenchReport(
			'',
			new Map([
				['pages', section('pages', 'old')],
				['finder', section('finder', 'old')],
			]),
		),
		run: new Map([['finder', section('finder', 'new')]] as const),
		values: ['pages=old', 'finder=new'],
	},
	{
		name: 'parts come in their order, whichever ran first',
		previous: mergeBenchReport('', new Map([['finder', section('finder', 'a')]])),
		run: new Map([
			['pages', section('pages', 'b')],
			['terminals', section('terminals', 'c')],
		] as const),
		values: ['pages=b', 'terminals=c', 'finder=a'],
	},
	{
		name: 'a report from before the parts is replaced',
		previous: '# npm run bench — 2026-12-03 13:13 UTC\n\n| measure | value |\n| --- | --- |\n| pages measure | stale |\n',
		run: new Map([['terminals', section('terminals', 'new')]] as const),
		values: ['terminals=new'],
	},
])('$name', ({ previous, run, values }) => {
	const report = mergeBenchReport(previous, run);
	expect(valuesOf(report)).toEqual(values);
	expect(report.startsWith('# npm run bench\n')).toBe(true);
	expect(partsOf(report)).toHaveLength(values.length);
	// Merging what is written again changes nothing.
	expect(mergeBenchReport(report, new Map())).toBe(report);
});
