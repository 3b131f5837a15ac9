import { formatDuration, progressLine, tenth } from './progress-format.ts';

/** Where a long command reports progress: stderr, so stdout stays what scripts read. */
export interface ProgressOutput {
	/** A terminal redraws one live line; a log (CI, a file, a pipe) gets whole lines. */
	isTTY: boolean;
	write(text: string): void;
}

/** The process's stderr as a progress output: live only on a terminal. */
export const stderrProgress = (stream: { isTTY?: boolean | undefined; write(text: string): unknown } = process.stderr): ProgressOutput => ({
	isTTY: stream.isTTY === true,
	write: (text) => {
		stream.write(text);
	},
});

/** Erases the terminal's current line and writes `text` in its place. */
const redraw = (text: string) => `\r\x1b[2K${text}`;

export interface CountingProgress {
	/** One more item done; `found` says whether it had a result. */
	tick(found: boolean): void;
	/** Ends the live line, so what is printed next starts on a line of its own. */
	finish(): void;
}

/**
 * Progress over `total` items: on a terminal a live line after each item (done/total, found so far,
 * time left at the pace so far); otherwise a line at each tenth of the way. Without an output, silent.
 */
export function countingProgress(
	output: ProgressOutput | undefined,
	{ total, items, now, msPerItemAtLeast }: { total: number; items: string; now: () => Date; msPerItemAtLeast?: number },
): CountingProgress {
	const started = now().getTime();
	let done = 0;
	let found = 0;
	let live = false;
	const line = () =>
		progressLine(
			{ done, total, found, elapsedMs: now().getTime() - started, ...(msPerItemAtLeast === undefined ? {} : { msPerItemAtLeast }) },
			items,
		);
	return {
		tick(hit) {
			if (!output) return;
			const before = tenth(done, total);
			done++;
			if (hit) found++;
			if (output.isTTY) {
				output.write(redraw(line()));
				live = true;
			} else if (tenth(done, total) > before) output.write(`${line()}\n`);
		},
		finish() {
			if (live) output?.write('\n');
			live = false;
		},
	};
}

/**
 * Says what a step is doing while it runs (`task`): on a terminal a live line counting the seconds,
 * otherwise one line when it starts; then how long it took, or that it stopped.
 */
export async function withActivity<T>(
	output: ProgressOutput | undefined,
	label: string,
	now: () => Date,
	task: () => Promise<T>,
): Promise<T> {
	if (!output) return task();
	const started = now().getTime();
	const elapsed = () => formatDuration(now().getTime() - started);
	output.write(output.isTTY ? redraw(`${label}…`) : `${label}…\n`);
	const timer = output.isTTY ? setInterval(() => output.write(redraw(`${label}… ${elapsed()}`)), 1000) : undefined;
	try {
		const result = await task();
		output.write(`${output.isTTY ? redraw('') : ''}${label}: ${elapsed()}\n`);
		return result;
	} catch (error) {
		output.write(`${output.isTTY ? redraw('') : ''}${label}: stopped after ${elapsed()}\n`);
		throw error;
	} finally {
		clearInterval(timer);
	}
}
