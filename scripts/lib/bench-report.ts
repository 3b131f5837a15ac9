import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';

/** One line of a bench's table. */
export type BenchRow = [measure: string, value: string, reference: string];

/** The parts of `npm run bench`, in the order `bench/latest.md` lists them. */
export const benchParts = ['pages', 'terminals', 'finder'] as const;
export type BenchPart = (typeof benchParts)[number];

const intro = [
	'# npm run bench',
	'',
	'Each part as its latest run measured it (`npm run bench -- <part>` reruns one part and leaves the others).',
	'Figures only: timings depend on the machine and on what else runs on it, so nothing here passes or fails.',
	'',
].join('\n');

const machine = () =>
	`${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${osType()} ${release()}, Node ${process.version}`;

/** A part's section: when and where it ran, what its figures mean, and its table. */
export function benchSection(part: BenchPart, note: string, rows: readonly BenchRow[], now = new Date()): string {
	return [
		`## ${part} — ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
		'',
		`Machine: ${machine()}. ${note}`,
		'',
		'| measure | value | budget / reference |',
		'| --- | --- | --- |',
		...rows.map((row) => `| ${row.join(' | ')} |`),
		'',
	].join('\n');
}

/**
 * The report with the given parts' sections replaced, the others kept as they were: a run of one
 * part does not erase what the last full run measured. A report written before it had parts is replaced.
 */
export function mergeBenchReport(previous: string, sections: ReadonlyMap<BenchPart, string>): string {
	const kept = new Map<string, string>();
	for (const section of previous.split(/^(?=## )/m).slice(1)) {
		const part = /^## (\w+) /.exec(section)?.[1];
		if (part) kept.set(part, section.trimEnd() + '\n');
	}
	const ordered = benchParts.flatMap((part) => sections.get(part) ?? kept.get(part) ?? []);
	return [intro, ...ordered].join('\n');
}

/** Writes the merged report to `bench/latest.md` and returns it. */
export function writeBenchReport(file: URL, sections: ReadonlyMap<BenchPart, string>): string {
	const report = mergeBenchReport(existsSync(file) ? readFileSync(file, 'utf8') : '', sections);
	mkdirSync(new URL('.', file), { recursive: true });
	writeFileSync(file, report);
	return report;
}
