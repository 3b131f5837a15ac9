/** A drawn pin on screen: its centre and radius, in the same pixels as the point asked about. */
export interface ScreenPin {
	x: number;
	y: number;
	r: number;
}

/**
 * Which pin a tap at `(x, y)` meant: the nearest whose circle, widened by `slop` for a fingertip,
 * holds the point; among pins as near, the one drawn last, which lies on top. -1 for none.
 */
export function pinAt(pins: readonly ScreenPin[], x: number, y: number, slop: number): number {
	let found = -1;
	let nearest = Infinity;
	for (let index = 0; index < pins.length; index++) {
		const pin = pins[index] as ScreenPin;
		const distance = Math.hypot(pin.x - x, pin.y - y);
		if (distance <= pin.r + slop && distance <= nearest) {
			found = index;
			nearest = distance;
		}
	}
	return found;
}
