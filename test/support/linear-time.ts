import { performance } from 'node:perf_hooks';

/** The input sizes compared: ten times longer should take about ten times as long. */
const small = 10_000;
const large = 100_000;

function fastest(run: () => void, times: number): number {
	let best = Number.POSITIVE_INFINITY;
	for (let i = 0; i < times; i++) {
		const start = performance.now();
		run();
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

/**
 * How much slower `fn` gets when its input grows tenfold, as the ratio of the two best times
 * (after a warm-up), each taken over the same work repeated. A linear function gives about 10,
 * a quadratic one about 100; machines differ in speed but hardly in this ratio, so tests bound
 * it instead of a number of milliseconds. `makeInput(length)` builds the troublesome shape.
 */
export function growthRatio(fn: (input: string) => unknown, makeInput: (length: number) => string): number {
	const smallInput = makeInput(small);
	const largeInput = makeInput(large);
	fn(smallInput);
	fn(largeInput);
	const tSmall = fastest(() => {
		for (let i = 0; i < 10; i++) fn(smallInput);
	}, 5);
	const tLarge = fastest(() => fn(largeInput), 5) * 10;
	return tLarge / Math.max(tSmall, 0.05);
}

/** Generous: linear work measures 5–20 under load; the quadratic shapes it guards measured 80–100. */
export const linearGrowthLimit = 40;
