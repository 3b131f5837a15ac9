/** Levenshtein distance, two rows at a time: the strings compared are a terminal's address and place. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** 1 for equal strings, 0 for nothing in common: 1 − edit distance / the longer length. */
export function similarity(a: string, b: string): number {
	const longer = Math.max(a.length, b.length);
	return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}
