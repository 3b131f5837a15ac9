import type { DownloadOptions } from '../../src/loaders/terminals/fetch-pdf.ts';
import { stderrProgress, type ProgressOutput } from '../lib/progress.ts';

/** What a `terminals` subcommand touches outside itself; tests pass their own. */
export interface CommandContext {
	/** The project root: `content/terminals/` is read and written under it. */
	root: URL;
	env: Readonly<Record<string, string | undefined>>;
	stdout(text: string): void;
	stderr(line: string): void;
	now(): Date;
	download?: DownloadOptions;
	/** Waits between Nominatim requests. */
	sleep(ms: number): Promise<void>;
	/** Where long steps say how far they are (stderr); none, silent. */
	progress?: ProgressOutput;
}

export function processContext(): CommandContext {
	return {
		root: new URL('../../', import.meta.url),
		env: process.env,
		stdout: (text) => process.stdout.write(text),
		stderr: (line) => process.stderr.write(`${line}\n`),
		now: () => new Date(),
		sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
		progress: stderrProgress(),
	};
}

/** Exit statuses every subcommand shares; `update` adds its own. */
export const exit = { ok: 0, noList: 1, usage: 2 } as const;
