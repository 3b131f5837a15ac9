/**
 * How fast `terminals parse` reads a 2,000-row list, against what it cannot beat: pdf.js itself
 * (text and operators of every page) and poppler's `pdftotext -layout`. `npm run bench`.
 * Prints figures only; timings depend on the machine, so nothing here passes or fails on them.
 * Also prints how many rows came out exactly as generated.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { median } from './bench-median.ts';

const runs = 5;
const node = fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url));
const self = fileURLToPath(import.meta.url);
const cli = fileURLToPath(new URL('terminals.ts', import.meta.url));
const pdf = fileURLToPath(new URL('../test/fixtures/terminals/bench/terminals-2000.pdf', import.meta.url));

/** What pdf.js alone costs: every page's text and operator list, as a parser on pdf.js must fetch them. */
async function pdfjsFloor(bytes: Uint8Array): Promise<void> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	// pdf.js 6 has no isEvalSupported option any more: it never evaluates code.
	const task = getDocument({ data: bytes, verbosity: 0 });
	const document = await task.promise;
	for (let n = 1; n <= document.numPages; n++) {
		const page = await document.getPage(n);
		await page.getTextContent();
		await page.getOperatorList();
		page.cleanup();
	}
	await task.destroy();
}

// The same floor in a process of its own, to compare with the CLI process to process.
if (process.argv[2] === '--floor') {
	await pdfjsFloor(new Uint8Array(readFileSync(process.argv[3] ?? pdf)));
	process.exit(0);
}

// Any child run with this prints its peak RSS (kilobytes) and CPU time (user + system, every thread,
// microseconds) on file descriptor 3 as it exits, one line per thread: Node runs --import in the
// parser's worker thread too, and the process's figures are the largest.
const reportUsage = `--import=data:text/javascript,${encodeURIComponent('import { writeSync } from "node:fs"; process.on("exit", () => { const u = process.resourceUsage(); writeSync(3, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\\n`); });')}`;

interface Run {
	ms: number;
	code: number | null;
	stdout: string;
	stderr: string;
	maxRssKb?: number;
	cpuMs?: number;
}

function run(command: string, args: readonly string[]): Promise<Run> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		const usage: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
		child.stdio[3]?.on('data', (chunk: Buffer) => usage.push(chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			const ms = performance.now() - start;
			const lines = Buffer.concat(usage)
				.toString()
				.split('\n')
				.filter(Boolean)
				.map((line) => line.split(' ').map(Number));
			const kb = Math.max(0, ...lines.map(([rss = 0]) => rss));
			const cpu = Math.max(0, ...lines.map(([, micros = 0]) => micros));
			resolve({
				ms,
				code,
				stdout: Buffer.concat(out).toString(),
				stderr: Buffer.concat(err).toString(),
				...(kb > 0 ? { maxRssKb: kb, cpuMs: cpu / 1000 } : {}),
			});
		});
	});
}

async function times(label: string, once: () => Promise<number>): Promise<number[]> {
	const ms: number[] = [];
	for (let i = 0; i < runs; i++) ms.push(await once());
	ms.sort((a, b) => a - b);
	console.log(`${label.padEnd(34)}${fmt(median(ms)).padStart(9)}${fmt(ms[0] ?? 0).padStart(9)}${fmt(ms.at(-1) ?? 0).padStart(9)}`);
	return ms;
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const mb = (kb: number | undefined) => (kb === undefined ? '?' : `${(kb / 1024).toFixed(0)} MB`);

async function checked(command: string, args: readonly string[]): Promise<Run> {
	const result = await run(command, args);
	if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.code}: ${result.stderr.trim()}`);
	return result;
}

if (!existsSync(pdf)) throw new Error(`${pdf} is missing: run npm run fixtures:terminals`);
if (!existsSync(cli)) throw new Error(`${cli} is missing: the parser is not there yet`);

// Imported here, not at the top, so the --floor child loads nothing but pdf.js.
const { benchLayout } = await import('../test/fixtures/terminals/layouts/index.ts');
const expected = benchLayout().terminals;
const bytes = readFileSync(pdf);

const { version: pdfjsVersion } = await import('pdfjs-dist/legacy/build/pdf.mjs');
console.log(`Node ${process.version}, pdf.js ${pdfjsVersion}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`);
console.log(
	`${pdf.replace(/^.*\/test\//, 'test/')}: ${(statSync(pdf).size / 1024).toFixed(0)} KB, ${expected.length} rows, median of ${runs} runs`,
);
console.log(`${''.padEnd(34)}${'median'.padStart(9)}${'min'.padStart(9)}${'max'.padStart(9)}`);
let parsed = '';
const command = median(
	await times('terminals parse (process)', async () => {
		const result = await checked(node, [cli, 'parse', pdf]);
		parsed = result.stdout;
		return result.ms;
	}),
);
const floorIn = median(
	await times('pdf.js floor (in process)', async () => {
		const start = performance.now();
		await pdfjsFloor(new Uint8Array(bytes));
		return performance.now() - start;
	}),
);
// The table logic alone, on pages pdf.js has already read: the same readTerminalTable the command runs.
const { openPdf } = await import('../src/lib/terminals/pdf/read-pdf-pages.ts');
const { startPdfjsThread } = await import('../src/lib/terminals/pdf/start-pdfjs-thread.ts');
const { readTerminalTable } = await import('../src/lib/terminals/read-terminal-table.ts');
const { parseHeaderSynonyms } = await import('../src/lib/terminals/header/header-synonyms.ts');
const synonyms = parseHeaderSynonyms(
	JSON.parse(readFileSync(new URL('../content/terminals/header-synonyms.json', import.meta.url), 'utf8')),
);
const opened = await openPdf(
	new Uint8Array(bytes),
	{ maxPages: 1000, deadline: performance.now() + 600_000, timeoutMs: 600_000 },
	startPdfjsThread(),
);
const pages = await Array.fromAsync(opened.pageContents());
await opened.close();
const tableLogic = median(
	await times('table logic alone (in process)', async () => {
		const start = performance.now();
		await readTerminalTable(pages, synonyms);
		return performance.now() - start;
	}),
);
const floorOut = median(await times('pdf.js floor (process)', async () => (await checked(node, [self, '--floor', pdf])).ms));
// poppler-utils is not among the test tools; without it the comparison is left out, not the bench.
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
const poppler = hasPoppler
	? median(await times('pdftotext -layout (process)', async () => (await checked('pdftotext', ['-layout', pdf, '-'])).ms))
	: undefined;

// More runs of each process for its peak memory and CPU time, outside the timed runs. CPU time
// barely moves when other work shares the machine, where wall time can double.
const usage = async (args: readonly string[]) => {
	const all: Run[] = [];
	for (let i = 0; i < runs; i++) all.push(await checked(node, [reportUsage, ...args]));
	return {
		rss: Math.max(...all.map((one) => one.maxRssKb ?? 0)),
		cpu: median(all.map((one) => one.cpuMs ?? Number.NaN).sort((a, b) => a - b)),
	};
};
const parseUsage = await usage([cli, 'parse', pdf]);
const floorUsage = await usage([self, '--floor', pdf]);

console.log();
console.log(`rows per second (parse, process to process): ${(expected.length / (command / 1000)).toFixed(0)}`);
console.log(`parse / pdf.js floor in process: ${ratio(command, floorIn)}; process to process: ${ratio(command, floorOut)}`);
console.log(`parse / pdftotext -layout: ${poppler === undefined ? 'not measured (no pdftotext here)' : ratio(command, poppler)}`);
console.log(`table logic: ${fmt(tableLogic)} of the parse's ${fmt(command)}`);
console.log(`peak RSS: parse ${mb(parseUsage.rss)}, pdf.js floor process ${mb(floorUsage.rss)}`);
console.log(
	`CPU time (user + system, every thread, median): parse ${fmt(parseUsage.cpu)}, pdf.js floor process ${fmt(floorUsage.cpu)}, ${ratio(parseUsage.cpu, floorUsage.cpu)}`,
);

const { compareRows } = await import('../test/fixtures/terminals/compare.ts');
const result = compareRows(expected, JSON.parse(parsed).terminals);
console.log(
	`rows exact: ${result.exact} / ${expected.length} (${((100 * result.exact) / expected.length).toFixed(1)} %), ${result.got} rows parsed`,
);
for (const line of result.examples) console.log(`  ${line}`);
