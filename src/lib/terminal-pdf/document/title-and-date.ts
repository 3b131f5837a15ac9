import { most } from '../extremes.ts';
import { normalizeHeader } from '../header/normalize-header.ts';
import { wordsText, type Line } from '../table/group-lines.ts';
import { joinCellLines } from '../text/join-cell-lines.ts';

const months =
	'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь';
const datePattern = new RegExp(
	`\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}\\s+(?:${months})\\s+\\d{4}(?:\\s*г\\.?)?|\\d{4}-\\d{2}-\\d{2}`,
	'iu',
);

/** The list's date as printed after a label such as «Обновлено:» or «Жаңыртылды:», e.g. "01.11.2026". */
export function findDate(lines: readonly Line[], labels: readonly string[]): { date: string; line: Line } | undefined {
	const normalisedLabels = labels.map(normalizeHeader);
	for (const line of lines) {
		const text = wordsText(line.words);
		const normalised = normalizeHeader(text);
		if (!normalisedLabels.some((label) => ` ${normalised} `.includes(` ${label} `))) continue;
		const date = datePattern.exec(text)?.[0];
		if (date) return { date, line };
	}
	return undefined;
}

// A heading wraps over a few lines at most; a longer run of the largest text is a paragraph.
const maxTitleLines = 3;

/**
 * The document's heading: the largest text above the table (its lines joined when it wraps),
 * leaving out the date line. `undefined` when nothing but the date is printed there, or when
 * the largest text is a paragraph (a table inside prose has no title of its own).
 */
export function findTitle(above: readonly Line[], dateLine: Line | undefined): string | undefined {
	const candidates = above.filter((line) => line !== dateLine);
	const largest = most(candidates.map((line) => line.size));
	const first = candidates.findIndex((line) => line.size >= largest - 0.5);
	if (first < 0) return undefined;
	const heading: Line[] = [];
	for (const line of candidates.slice(first)) {
		if (line.size < largest - 0.5) break;
		heading.push(line);
	}
	if (heading.length > maxTitleLines) return undefined;
	const title = joinCellLines(heading.map((line) => wordsText(line.words)));
	return title === '' ? undefined : title;
}
