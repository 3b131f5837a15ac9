/**
 * What the PDF adapter hands the table reader for one page, in PDF points with the origin at
 * the top left and y growing downwards (as on screen), whatever the page's rotation or crop box.
 */
export interface PageContent {
	/** 1-based, as a reader counts pages. */
	number: number;
	width: number;
	height: number;
	/** Text running left to right, slanted or not: what tables are made of. */
	items: TextItem[];
	/** The boxes of text left out because its baseline is turned (a vertical caption, a diagonal stamp). */
	turned: TextItem[];
	rules: Rule[];
	/** Advance widths (in em) of the glyphs each font drew, keyed by font name then character. */
	glyphWidths: GlyphWidths;
}

/** A pdf.js text item reduced to its box: `y` is the top of the text, `height` its font size. */
export interface TextItem {
	str: string;
	x: number;
	y: number;
	width: number;
	height: number;
	fontName?: string;
}

/** A straight line or thin filled rectangle, axis aligned: a table's ruling. */
export interface Rule {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export type GlyphWidths = ReadonlyMap<string, ReadonlyMap<string, number>>;
