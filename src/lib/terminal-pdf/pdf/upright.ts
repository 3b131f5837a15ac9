import { multiply, type Matrix } from './operator-shapes.ts';

/** The turn that makes a page's text read left to right, and the page's size after it. */
interface Upright {
	matrix: Matrix;
	width: number;
	height: number;
}

/**
 * A page saved turned on its side (rotated in a viewer, or a landscape sheet printed on a
 * portrait page) shows its text running down or up. The direction most of the text runs in
 * (weighted by length) decides the quarter turn that brings it back upright, so the table reads
 * the same either way. `transforms` are the text items' matrices in top-down page space.
 */
export function uprightTurn(transforms: readonly { matrix: Matrix; length: number }[], width: number, height: number): Upright {
	const votes = [0, 0, 0, 0];
	for (const { matrix, length } of transforms) {
		const [a, b] = matrix;
		const turn = Math.abs(a) >= Math.abs(b) ? (a > 0 ? 0 : 2) : b > 0 ? 1 : 3;
		votes[turn] = (votes[turn] ?? 0) + length;
	}
	const turn = votes.indexOf(Math.max(...votes));
	if (turn === 1) return { matrix: [0, -1, 1, 0, 0, width], width: height, height: width };
	if (turn === 2) return { matrix: [-1, 0, 0, -1, width, height], width, height };
	if (turn === 3) return { matrix: [0, 1, -1, 0, height, 0], width: height, height: width };
	return { matrix: [1, 0, 0, 1, 0, 0], width, height };
}

/** `view` followed by the turn. */
export const turned = (upright: Upright, view: Matrix): Matrix => multiply(upright.matrix, view);
