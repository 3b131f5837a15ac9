import type { TextItem } from '../page-content.ts';
import type { Matrix } from './operator-shapes.ts';

/** A run of text placed on the page: read as table text, or left out because its baseline is turned. */
type PlacedText = { kind: 'upright'; item: TextItem } | { kind: 'turned'; item: TextItem };

/** How far a baseline may tilt (rise over run) and still count as level: about half a degree. */
const levelSlope = 0.01;

/**
 * Places one text run given its matrix in top-down page space. Text whose baseline runs left to
 * right is table text whatever its slant: shear (an oblique face, or a regular one slanted by the
 * text matrix, `c ≠ 0`) tilts only the glyphs, so the run is placed by its baseline and lands in
 * the cell it starts in. Text whose baseline is turned (a vertical caption, a diagonal stamp) is
 * left out, with its box kept so the table reader can say when it covered cells.
 */
export function placeText(str: string, width: number, fontName: string | undefined, matrix: Matrix): PlacedText {
	const [a, b, c, d, e, f] = matrix;
	if (a > 0 && Math.abs(b) <= levelSlope * a) {
		const size = Math.abs(d);
		return {
			kind: 'upright',
			item: { str, x: e, y: f - 0.8 * size, width, height: size, ...(fontName === undefined ? {} : { fontName }) },
		};
	}
	// The run's box: along the baseline for its width, across it from the descent to the ascent.
	const length = Math.hypot(a, b) || 1;
	const run = [(a / length) * width, (b / length) * width] as const;
	const corners = [-0.2, 0.8].flatMap((up) => [0, 1].map((along) => [e + along * run[0] + up * c, f + along * run[1] + up * d] as const));
	const xs = corners.map(([x]) => x);
	const ys = corners.map(([, y]) => y);
	const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
	return { kind: 'turned', item: { str, x: x0, y: y0, width: Math.max(...xs) - x0, height: Math.max(...ys) - y0 } };
}
