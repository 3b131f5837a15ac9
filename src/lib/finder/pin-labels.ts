/** A counted pin on screen: where it is and how many terminals it holds. */
interface CountedPin {
	x: number;
	y: number;
	count: number;
}

/**
 * Which pins get their count written, so that no two counts overlap: the fuller pins first, each
 * one only if no count already chosen is nearer than `gap` pixels. The others keep their ring, and
 * their count is in their popup and their keyboard name. Returns their indexes, in input order.
 */
export function pinsToLabel(pins: readonly CountedPin[], gap: number): Set<number> {
	const byCount = pins.map((pin, index) => ({ ...pin, index })).sort((a, b) => b.count - a.count || a.index - b.index);
	const chosen: typeof byCount = [];
	for (const pin of byCount) {
		if (chosen.every(({ x, y }) => Math.hypot(x - pin.x, y - pin.y) >= gap)) chosen.push(pin);
	}
	return new Set(chosen.map(({ index }) => index));
}
