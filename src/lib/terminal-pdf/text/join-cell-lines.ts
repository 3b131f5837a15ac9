// A line that ends in a hyphen or dash joined to its word continues without a space: «09:00–» +
// «18:00», «Кара-» + «Балта». A dash standing apart («09:00 –») is spaced on both sides, so a space follows.
const endsInDash = /\S[-\u2010-\u2015\u2212]$/u;

/** Collapses runs of whitespace (including no-break and zero-width ones) to one space and trims. */
export const collapseWhitespace = (text: string) => text.replace(/[\s\u200b\u2060\ufeff]+/gu, ' ').trim();

/** Joins the lines of one table cell as a reader would: a space between words, none after a line-ending dash. */
export function joinCellLines(lines: readonly string[]): string {
	let text = '';
	for (const line of lines.map(collapseWhitespace)) {
		if (line === '') continue;
		text = text === '' || endsInDash.test(text) ? text + line : `${text} ${line}`;
	}
	return text;
}
