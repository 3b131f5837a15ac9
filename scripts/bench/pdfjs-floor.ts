/**
 * What pdf.js alone costs: every page's text and operator list, as a parser on pdf.js must fetch
 * them. Run as a script (`node scripts/bench/pdfjs-floor.ts <file.pdf>`) it is the same floor in a
 * process of its own, to compare with the `terminals parse` process to process; it loads nothing but pdf.js.
 */
import { readFileSync } from 'node:fs';

export async function pdfjsFloor(bytes: Uint8Array): Promise<void> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	// pdf.js 6 has no isEvalSupported option any more: it never evaluates code.
	const task = getDocument({ data: bytes, verbosity: 0 });
	const document = await task.promise;
	for (let n = 1; n <= document.numPages; n++) {
		const page = await document.getPage(n);
		await page.getTextContent();
		await page.getOperatorList();
		page.cleanup();
	}
	await task.destroy();
}

if (import.meta.main) {
	const file = process.argv[2];
	if (!file) throw new Error('Usage: node scripts/bench/pdfjs-floor.ts <file.pdf>');
	await pdfjsFloor(new Uint8Array(readFileSync(file)));
}
