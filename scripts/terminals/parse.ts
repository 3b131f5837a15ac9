/**
 * Reads the bank's cash-in terminal list, like pdf.js's examples/node/getinfo.mjs:
 *
 *   npm run --silent terminals -- parse <file.pdf> [--max-bytes N] [--max-pages N] [--timeout-ms N]
 *
 * prints one JSON object `{ source, terminals, warnings }` and exits 0. On a file it cannot
 * read it prints nothing on stdout, one `error[code]: …` line on stderr and exits 1; the codes
 * are `terminalPdfCodes` in src/lib/terminal-pdf/errors.ts. A usage mistake (no file, a file that
 * does not exist, an unknown subcommand or flag) exits 2 with the usage line.
 *
 *   --max-bytes N    refuse larger files with `too-large` (default 26214400, 25 MB)
 *   --max-pages N    refuse longer documents with `too-large` (default 300)
 *   --timeout-ms N   give up with `timeout` after N ms (default 60000)
 *
 * Runs when scripts/terminals.ts imports it (for any first argument but another subcommand's
 * name), reading `process.argv` as the command was given.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
// Not index.ts or pdf.ts: this thread only waits for the worker, so it leaves zod, the table
// code and pdf.js to the worker's thread.
import { defaultCaps } from '../../src/lib/terminal-pdf/caps.ts';
import { cliErrorMessage } from '../../src/lib/terminal-pdf/cli-messages.ts';
import { TerminalPdfError } from '../../src/lib/terminal-pdf/errors.ts';
import { parseTerminalPdfInWorker } from '../../src/lib/terminal-pdf/parse-in-worker.ts';

const usage = 'usage: terminals parse <file.pdf> [--max-bytes N] [--max-pages N] [--timeout-ms N]';

function fail(status: number, line: string): never {
	process.stderr.write(`${line}\n`);
	process.exit(status);
}

function readArguments() {
	try {
		const { values, positionals } = parseArgs({
			args: process.argv.slice(2),
			allowPositionals: true,
			options: { 'max-bytes': { type: 'string' }, 'max-pages': { type: 'string' }, 'timeout-ms': { type: 'string' } },
		});
		const cap = (flag: keyof typeof values, fallback: number) => {
			const value = values[flag];
			if (value === undefined) return fallback;
			if (!/^\d+$/.test(value) || Number(value) < 1)
				fail(2, `--${flag} must be a whole number above 0, got ${JSON.stringify(value)}\n${usage}`);
			return Number(value);
		};
		const [command, file, ...rest] = positionals;
		if (command !== 'parse' || file === undefined || rest.length > 0) fail(2, usage);
		return {
			file,
			maxBytes: cap('max-bytes', defaultCaps.maxBytes),
			maxPages: cap('max-pages', defaultCaps.maxPages),
			timeoutMs: cap('timeout-ms', defaultCaps.timeoutMs),
		};
	} catch (error) {
		if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) fail(2, `${error.message}\n${usage}`);
		throw error;
	}
}

/** The one stderr line for a file the parser refuses. */
const refuse = (error: TerminalPdfError): never => fail(1, `error[${error.code}]: ${cliErrorMessage(error)}`);

/** The file's bytes; one over the byte cap is refused from its size, before it is loaded. */
function readInput(file: string, maxBytes: number): Uint8Array {
	let fd: number | undefined;
	try {
		fd = openSync(file, 'r');
		const { size } = fstatSync(fd);
		if (size > maxBytes) throw new TerminalPdfError('too-large', { bytes: size, maxBytes });
		return new Uint8Array(readFileSync(fd));
	} catch (error) {
		if (error instanceof TerminalPdfError) refuse(error);
		return fail(2, `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n${usage}`);
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

const { file, ...caps } = readArguments();
const bytes = readInput(file, caps.maxBytes);
// Checked in the worker's thread, where zod is loaded anyway.
const synonyms: unknown = JSON.parse(readFileSync(new URL('../../content/terminals/header-synonyms.json', import.meta.url), 'utf8'));
try {
	const list = await parseTerminalPdfInWorker(bytes, { synonyms, ...caps });
	process.stdout.write(`${JSON.stringify(list, null, '\t')}\n`);
} catch (error) {
	if (error instanceof TerminalPdfError) refuse(error);
	throw error;
}
