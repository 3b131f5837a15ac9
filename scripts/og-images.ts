/**
 * Draws the link-preview image of each language, `public/og/<locale>.png` (1200×630), from the
 * site's own UI strings: `npm run og-images` after changing `chooser.title` or `share.imageTagline`.
 * Debian's Chromium renders the card; the PNG carries its text, so a test notices a stale image.
 */
import { writeFileSync } from 'node:fs';
import { localeCodes } from '../src/lib/i18n/locales.ts';
import { uiStrings } from '../src/lib/i18n/translations.ts';
import { previewImage } from '../src/lib/share/paths.ts';
import { previewCardCaption, previewCardHtml, previewCardText } from '../src/lib/share/preview-card.ts';
import { withPngText } from '../src/lib/share/png-text.ts';
import { launchChromium } from './lib/chromium.ts';

const browser = await launchChromium();
try {
	const page = await browser.newPage({ viewport: { width: previewImage.width, height: previewImage.height } });
	for (const locale of localeCodes) {
		const text = previewCardText(uiStrings[locale]);
		await page.setContent(previewCardHtml(locale, text));
		const png = await page.screenshot({ type: 'png' });
		const file = new URL(`../public${previewImage.path(locale)}`, import.meta.url);
		writeFileSync(file, withPngText(png, 'Description', previewCardCaption(text)));
		console.log(`${file.pathname}: ${previewCardCaption(text)}`);
	}
} finally {
	await browser.close();
}
