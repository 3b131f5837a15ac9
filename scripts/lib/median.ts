/** The middle of a bench's runs (the upper middle of an even count), in whatever order they came. */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
