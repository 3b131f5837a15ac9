import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { localeCodes } from '../../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../../src/lib/i18n/translations.ts';
import { previewImage } from '../../../src/lib/share/paths.ts';
import { previewCardCaption, previewCardHtml, previewCardText } from '../../../src/lib/share/preview-card.ts';
import { withPngText } from '../../../src/lib/share/png-text.ts';
import { pngSize, readPngText } from '../../support/png.ts';

test.each(localeCodes)('public/og/%s.png is 1200×630 and shows the current strings (else run npm run og-images)', (locale) => {
	const png = readFileSync(new URL(`../../../public${previewImage.path(locale)}`, import.meta.url));
	expect(pngSize(png)).toEqual({ width: previewImage.width, height: previewImage.height });
	expect(readPngText(png, 'Description')).toBe(previewCardCaption(previewCardText(uiStrings[locale])));
});

test('a text chunk goes in and comes back out, in UTF-8, without touching the image', () => {
	const png = readFileSync(new URL('../../../public/og/ru.png', import.meta.url));
	const stamped = withPngText(png, 'Note', 'Ң ө ү «ok»');
	expect(readPngText(stamped, 'Note')).toBe('Ң ө ү «ok»');
	expect(readPngText(stamped, 'Other')).toBeUndefined();
	expect(pngSize(stamped)).toEqual(pngSize(png));
	expect(stamped.length).toBeGreaterThan(png.length);
});

test('a file that is not a PNG is refused by name', () => {
	expect(() => withPngText(Buffer.from('<html>not an image</html>'), 'Note', 'x')).toThrow(/not a PNG file/);
});

test('the card escapes its text', () => {
	const html = previewCardHtml('ru', { title: '<b>A & B</b>', tagline: '"x"' });
	expect(html).toContain('<h1>&#60;b&#62;A &#38; B&#60;/b&#62;</h1>');
	expect(html).toContain('<p>&#34;x&#34;</p>');
});
