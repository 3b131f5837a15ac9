/**
 * Whether the edit distance (Levenshtein) between `a` and `b` is at most `limit`. Stops as soon
 * as every path is over the limit, so comparing a row with hundreds of unlike ones stays cheap.
 */
export function withinEditDistance(a: string, b: string, limit: number): boolean {
	if (Math.abs(a.length - b.length) > limit) return false;
	let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
	let current = new Int32Array(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
			current[j] = value;
			if (value < best) best = value;
		}
		if (best > limit) return false;
		[previous, current] = [current, previous];
	}
	return (previous[b.length] as number) <= limit;
}

/** A text ready for many comparisons: its sorted two-letter pieces are computed once. */
export interface Comparable {
	text: string;
	grams: string[];
}

export function comparable(text: string): Comparable {
	const grams: string[] = [];
	for (let i = 0; i + 1 < text.length; i++) grams.push(text.slice(i, i + 2));
	return { text, grams: grams.sort() };
}

/** How many two-letter pieces two sorted lists share, counting repeats. */
function shared(a: readonly string[], b: readonly string[]): number {
	let count = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length;) {
		const x = a[i] as string;
		const y = b[j] as string;
		if (x === y) {
			count++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	return count;
}

/**
 * Whether two texts are at least `share` alike: at most (1 − share) of the longer one's length in
 * edits. Unlike pairs are ruled out first by length and by the q-gram lemma (each edit destroys at
 * most two of the longer text's two-letter pieces), so only near pairs pay for the edit distance.
 */
export function alike(a: Comparable, b: Comparable, share: number): boolean {
	const longer = Math.max(a.text.length, b.text.length);
	const limit = Math.floor((1 - share) * longer);
	if (Math.abs(a.text.length - b.text.length) > limit) return false;
	if (shared(a.grams, b.grams) < longer - 1 - 2 * limit) return false;
	return withinEditDistance(a.text, b.text, limit);
}
