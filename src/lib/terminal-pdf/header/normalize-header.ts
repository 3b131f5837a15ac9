/**
 * Header text reduced to what identifies it: lower case, ё as е, Latin look-alikes of «№»
 * kept as «№», every other punctuation mark (the «/» between stacked Kyrgyz and Russian, the
 * «,» in «Город, село») a space.
 */
export function normalizeHeader(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replaceAll('ё', 'е')
		.replace(/[^\p{L}\p{N}№]+/gu, ' ')
		.trim();
}

/** The words of normalised header text. */
export const headerTokens = (text: string): string[] =>
	normalizeHeader(text)
		.split(' ')
		.filter((token) => token !== '');
