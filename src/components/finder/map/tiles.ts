/** OpenStreetMap's standard tiles: the map's background, allowed by the finder page's CSP and nowhere else. */
export const tileOrigin = 'https://tile.openstreetmap.org';
export const tileUrl = `${tileOrigin}/{z}/{x}/{y}.png`;
