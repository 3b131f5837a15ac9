import type { TextItem } from '../page-content.ts';

// How far a second painting of the same text may sit from the first, in ems: generators that
// fake bold shift the copy by a fraction of a point; the next word or line is a whole em away.
const samePlace = 0.15;

/**
 * Text painted twice at one spot is read once. Generators draw a word again to fake bold, to
 * fill and then stroke it, or by accident; read twice, «ул. Котовского» would come back as
 * «ул.ул. Котовского, Котовского» and row 4 as 44. Only an item with the same text, size and
 * place (within a fraction of its size) is a repaint; text overlapping only in part stays.
 */
export function dropRepainted(items: readonly TextItem[]): TextItem[] {
	const seen = new Map<string, TextItem[]>();
	return items.filter((item) => {
		if (item.str.trim() === '') return true;
		const twins = seen.get(item.str);
		const tolerance = samePlace * item.height;
		const repaint = twins?.some(
			(twin) =>
				Math.abs(twin.x - item.x) <= tolerance &&
				Math.abs(twin.y - item.y) <= tolerance &&
				Math.abs(twin.height - item.height) <= tolerance &&
				Math.abs(twin.width - item.width) <= tolerance,
		);
		if (repaint) return false;
		if (twins) twins.push(item);
		else seen.set(item.str, [item]);
		return true;
	});
}
