import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/translations.ts';
import { readPdfText, squeeze } from '../fixtures/terminal-pdf/pdf-text.ts';
import { useBrowser } from '../support/browser.ts';
import { guideSteps } from '../support/guide-files.ts';

const browser = useBrowser();

/** The most subpaths (moveTo) in one square path on the PDF's first page: a QR code draws hundreds of modules as one path. */
async function largestSquarePath(pdf: Uint8Array): Promise<number> {
	const task = getDocument({ data: pdf, verbosity: 0 });
	try {
		const page = await (await task.promise).getPage(1);
		const { fnArray, argsArray } = await page.getOperatorList();
		let most = 0;
		fnArray.forEach((fn, index) => {
			if (fn !== OPS.constructPath) return;
			const [, [data] = [], box] = argsArray[index] as [number, Float32Array[], Float32Array | null];
			if (!data || !box) return;
			const [minX = 0, minY = 0, maxX = 0, maxY = 0] = box;
			if (Math.abs(maxX - minX - (maxY - minY)) > 0.1 * (maxX - minX)) return;
			// Path data: an op code, then its coordinates: moveTo and lineTo 2, curveTo 6, quadraticCurveTo 4, closePath 0.
			const arity = [2, 2, 6, 4, 0];
			let moves = 0;
			for (let at = 0; at < data.length; at += 1 + (arity[data[at] ?? 4] ?? 0)) if (data[at] === 0) moves++;
			most = Math.max(most, moves);
		});
		return most;
	} finally {
		await task.destroy();
	}
}

const guideUrl = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

describe.each(localeCodes)('/%s/ printed', (locale) => {
	const strings = uiStrings[locale];
	const steps = guideSteps(locale);

	test('shows the QR code of this guide with its address under it, on paper only', async () => {
		const page = await browser.open(`/${locale}/`);
		const qr = page.getByRole('img', { name: strings['handout.qrAlt'] });
		expect(await qr.isVisible()).toBe(false);
		await page.emulateMedia({ media: 'print' });
		expect(await qr.isVisible()).toBe(true);
		const url = (await guideUrl(page)) ?? '';
		expect(url).toMatch(new RegExp(`/${locale}/$`));
		const svg = await qr.evaluate((image: HTMLImageElement) => decodeURIComponent(image.src.replace(/^data:image\/svg\+xml,/, '')));
		const expected = await QRCode.toString(url, {
			type: 'svg',
			errorCorrectionLevel: 'M',
			margin: 2,
			color: { dark: '#000000', light: '#ffffff' },
		});
		expect(svg).toBe(expected);
		expect(await page.getByRole('figure').filter({ has: qr }).textContent()).toContain(url);
	});

	test('as an A4 PDF: the steps, the QR code and its address, and no buttons', async () => {
		const page = await browser.open(`/${locale}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('button').count()).toBe(0);
		const pdf = new Uint8Array(await page.pdf({ format: 'A4' }));
		const { squeezed } = await readPdfText(pdf);
		for (const { title } of steps) expect(squeezed).toContain(squeeze(title));
		expect(squeezed).toContain(squeeze(strings['handout.scan']));
		expect(squeezed).toContain(squeeze((await guideUrl(page)) ?? ''));
		for (const key of ['step.copyLink', 'share.share', 'checker.submit', 'checker.copy'] as const) {
			expect(squeezed, key).not.toContain(squeeze(strings[key]));
		}
		expect(await largestSquarePath(pdf)).toBeGreaterThan(100);
		await page.getByRole('img', { name: strings['handout.qrAlt'] }).evaluate((qr) => qr.remove());
		expect(await largestSquarePath(new Uint8Array(await page.pdf({ format: 'A4' })))).toBeLessThan(100);
	});
});
