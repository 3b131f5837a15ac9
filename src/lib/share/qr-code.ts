import QRCode from 'qrcode';

/**
 * A QR code for a URL as an `<img>` source: an SVG drawn at build time, carried as a data URL.
 * An image, unlike inline SVG, needs no style attribute the CSP would block and prints as drawn;
 * medium error correction survives a creased or smudged handout.
 */
export async function qrCodeDataUrl(url: string): Promise<string> {
	const svg = await QRCode.toString(url, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#000000', light: '#ffffff' },
	});
	return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
