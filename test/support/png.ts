/**
 * Reads what a test checks in a PNG: its size (IHDR) and an uncompressed iTXt text chunk. Written
 * apart from src/lib/share/png-text.ts, which stamps the text, so a test does not check the
 * writer with its own reading. PNG: 8-byte signature, then chunks of length (4), type (4), data, CRC (4).
 */
function* chunks(png: Buffer): Generator<{ type: string; data: Buffer }> {
	for (let start = 8; start + 12 <= png.length; start += 12 + png.readUInt32BE(start)) {
		const length = png.readUInt32BE(start);
		yield { type: png.toString('latin1', start + 4, start + 8), data: png.subarray(start + 8, start + 8 + length) };
	}
}

export function pngSize(png: Buffer): { width: number; height: number } {
	for (const { type, data } of chunks(png)) if (type === 'IHDR') return { width: data.readUInt32BE(0), height: data.readUInt32BE(4) };
	throw new Error('PNG without an IHDR chunk: the file is damaged.');
}

/** The text of the first uncompressed iTXt chunk named `keyword` (no language tag), if any. */
export function readPngText(png: Buffer, keyword: string): string | undefined {
	const prefix = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0])]);
	for (const { type, data } of chunks(png)) {
		if (type === 'iTXt' && data.subarray(0, prefix.length).equals(prefix)) return data.subarray(prefix.length).toString('utf8');
	}
	return undefined;
}
