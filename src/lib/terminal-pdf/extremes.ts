// Math.min(...values) throws RangeError past about 100,000 values, and one line of a hostile
// PDF can hold that many words: these loop instead.

/** The smallest of `values`; `Infinity` when there are none, as `Math.min()`. */
export function least(values: Iterable<number>): number {
	let result = Infinity;
	for (const value of values) if (value < result) result = value;
	return result;
}

/** The largest of `values`; `-Infinity` when there are none, as `Math.max()`. */
export function most(values: Iterable<number>): number {
	let result = -Infinity;
	for (const value of values) if (value > result) result = value;
	return result;
}
