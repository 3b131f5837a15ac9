/**
 * The bench's `terminals` part: how fast `terminals parse` reads the 2,000-row list, against what
 * it cannot beat: pdf.js itself (text and operators of every page) and poppler's `pdftotext -layout`.
 * Prints its runs as it goes and returns the ratios; timings depend on the machine, so nothing here
 * passes or fails on them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { version as pdfjsVersion } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parseHeaderSynonyms } from '../../src/lib/terminal-pdf/header/header-synonyms.ts';
import { openPdf } from '../../src/lib/terminal-pdf/pdf/read-pdf-pages.ts';
import { startPdfjsThread } from '../../src/lib/terminal-pdf/pdf/start-pdfjs-thread.ts';
import { readTerminalTable } from '../../src/lib/terminal-pdf/read-terminal-table.ts';
import type { BenchRow } from '../lib/bench-report.ts';
import { median } from '../lib/median.ts';
import { longListPdf as pdf } from './build-site.ts';
import { pdfjsFloor } from './pdfjs-floor.ts';

const runs = 5;
const node = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));
const floorScript = fileURLToPath(new URL('pdfjs-floor.ts', import.meta.url));
const cli = fileURLToPath(new URL('../terminals.ts', import.meta.url));

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

export async function benchTerminals(): Promise<{ note: string; rows: BenchRow[] }> {
	if (!existsSync(pdf)) throw new Error(`${pdf} is missing: run npm run fixtures:terminals`);
	if (!existsSync(cli)) throw new Error(`${cli} is missing: the parser is not there yet`);

	const bytes = readFileSync(pdf);

	console.log(`Node ${process.version}, pdf.js ${pdfjsVersion}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`);
	console.log(`${pdf.replace(/^.*\/test\//, 'test/')}: ${(statSync(pdf).size / 1024).toFixed(0)} KB, median of ${runs} runs`);
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
	const synonyms = parseHeaderSynonyms(
		JSON.parse(readFileSync(new URL('../../content/terminals/header-synonyms.json', import.meta.url), 'utf8')),
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
	const floorOut = median(await times('pdf.js floor (process)', async () => (await checked(node, [floorScript, pdf])).ms));
	// poppler-utils is not among the test tools; without it that one ratio is left out, not the bench.
	const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
	const poppler = hasPdftotext
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
	const floorUsage = await usage([floorScript, pdf]);

	const rowsParsed = (JSON.parse(parsed) as { terminals: unknown[] }).terminals.length;
	const rows: BenchRow[] = [
		[
			'rows parsed',
			String(rowsParsed),
			'that each equals the generated row is a unit test (test/lib/terminal-pdf/parse-terminal-pdf.test.ts)',
		],
		['rows per second (parse, process to process)', (rowsParsed / (command / 1000)).toFixed(0), ''],
		['parse / pdf.js floor', `${ratio(command, floorIn)} in process; ${ratio(command, floorOut)} process to process`, 'goal 1.3× pdf.js'],
		[
			'parse / pdftotext -layout',
			poppler === undefined ? 'not measured: pdftotext is not installed (apt-get install poppler-utils)' : ratio(command, poppler),
			'goal ≤ 8× pdftotext',
		],
		['table logic alone, of the whole parse', `${fmt(tableLogic)} of ${fmt(command)}`, ''],
		['peak RSS: parse / pdf.js floor process', `${mb(parseUsage.rss)} / ${mb(floorUsage.rss)}`, ''],
		[
			'CPU time (user + system, every thread, median): parse / pdf.js floor process',
			`${fmt(parseUsage.cpu)} / ${fmt(floorUsage.cpu)}, ${ratio(parseUsage.cpu, floorUsage.cpu)}`,
			'barely moves when other work shares the machine, where wall time can double',
		],
	];
	return { note: `pdf.js ${pdfjsVersion}; ${pdf.replace(/^.*\/test\//, 'test/')} (${rowsParsed} rows), median of ${runs} runs.`, rows };
}
