/** Kyrgyzstan's bounding box, a little generous: a position outside it is a mistake, whoever gave it. */
const box = { south: 39.1, north: 43.3, west: 69.2, east: 80.3 } as const;

export function insideKyrgyzstan(lat: number, lng: number): boolean {
	return lat >= box.south && lat <= box.north && lng >= box.west && lng <= box.east;
}
