import { pinRadius, type PinShape } from '../../../lib/finder/map-pins.ts';

const styles = {
	exact: { stroke: '#0b5d3b', fill: 'rgba(47, 191, 113, 0.85)', dash: [] },
	centre: { stroke: '#8a5a00', fill: 'rgba(255, 214, 107, 0.85)', dash: [4, 3] },
	'centre-count': { stroke: '#8a5a00', fill: '#ffd66b', dash: [4, 3] },
} as const satisfies Record<PinShape, { stroke: string; fill: string; dash: readonly number[] }>;

/**
 * The ink of a pin's written count. It is drawn on the counted pin's own yellow, which is the same
 * in both themes, so it stays dark in both: the theme's text colour turns light in dark mode.
 */
export const countInk = '#1a1f1c';

const lineWidth = 2;
const sprites = new Map<string, ImageBitmap>();

/**
 * A pin's picture at the screen's pixel ratio, drawn once and kept: stamping a small bitmap
 * thousands of times costs far less than filling and stroking (and dashing) thousands of circles.
 */
export function pinSprite(shape: PinShape, ratio: number): ImageBitmap {
	const key = `${shape}@${ratio}`;
	const kept = sprites.get(key);
	if (kept) return kept;
	const r = pinRadius[shape];
	const side = 2 * (r + lineWidth);
	const canvas = new OffscreenCanvas(Math.ceil(side * ratio), Math.ceil(side * ratio));
	const context = canvas.getContext('2d');
	if (context) {
		const { stroke, fill, dash } = styles[shape];
		context.scale(ratio, ratio);
		context.beginPath();
		context.arc(side / 2, side / 2, r, 0, 2 * Math.PI);
		context.fillStyle = fill;
		context.fill();
		context.setLineDash(dash);
		context.lineWidth = lineWidth;
		context.strokeStyle = stroke;
		context.stroke();
	}
	const sprite = canvas.transferToImageBitmap();
	sprites.set(key, sprite);
	return sprite;
}
