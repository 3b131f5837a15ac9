import { crc32 } from 'node:zlib';

/**
 * Just enough of PNG to stamp an image with the text it shows, in an iTXt (UTF-8) text chunk
 * (test/support/png.ts reads it back). PNG: 8-byte signature, then chunks of length (4),
 * type (4), data, CRC-32 of type and data (4).
 */
const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Chunk {
	type: string;
	data: Buffer;
	start: number;
}

function chunks(png: Buffer): Chunk[] {
	if (!png.subarray(0, 8).equals(signature)) throw new Error('not a PNG file: its first 8 bytes are not the PNG signature.');
	const found: Chunk[] = [];
	for (let start = 8; start + 12 <= png.length;) {
		const length = png.readUInt32BE(start);
		found.push({ type: png.toString('latin1', start + 4, start + 8), data: png.subarray(start + 8, start + 8 + length), start });
		start += 12 + length;
	}
	return found;
}

function chunk(type: string, data: Buffer): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** The PNG with an uncompressed iTXt chunk `keyword` = `text` inserted before its image data. */
export function withPngText(png: Buffer, keyword: string, text: string): Buffer {
	const data = chunks(png).find(({ type }) => type === 'IDAT');
	if (!data) throw new Error('PNG without image data (IDAT): the file is damaged.');
	// keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, text.
	const payload = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]);
	return Buffer.concat([png.subarray(0, data.start), chunk('iTXt', payload), png.subarray(data.start)]);
}
