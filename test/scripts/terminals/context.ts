import type { CommandContext } from '../../../scripts/terminals/context.ts';
import { downloadDefaults } from '../../../src/loaders/terminals/fetch-pdf.ts';

/** A command context over a temporary root, recording what the command prints, on a clock that sleeping moves. */
export function testContext(root: URL, env: Record<string, string> = {}) {
	const out: string[] = [];
	const err: string[] = [];
	const sleeps: number[] = [];
	let clock = Date.parse('2026-11-25T12:00:00.000Z');
	const context: CommandContext = {
		root,
		env,
		stdout: (text) => out.push(text),
		stderr: (line) => err.push(line),
		now: () => new Date(clock),
		sleep: async (ms) => {
			sleeps.push(ms);
			clock += ms;
		},
		download: { ...downloadDefaults, timeoutMs: 2000 },
	};
	return {
		context,
		stdout: () => out.join(''),
		stderr: () => err.join('\n'),
		sleeps,
		/** Moves the clock as if a request took this long. */
		advance: (ms: number) => {
			clock += ms;
		},
	};
}
