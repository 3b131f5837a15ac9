import type { ListDiff } from './diff.ts';
import type { PlacedTerminal } from './schema.ts';

/** U+2060 WORD JOINER: invisible, so the text reads the same, yet it breaks every pattern GitHub turns into a link. */
const joiner = '\u2060';

/**
 * Text from the PDF is data: every character that could start Markdown emphasis, code, a link, a
 * table cell, strikethrough, math, an entity or HTML is backslash-escaped, and line breaks flattened.
 * (A bracket or parenthesis alone starts nothing once «[» and «]» are escaped.) What GitHub links
 * without any markup is broken with a word joiner, since a backslash does not stop it: a URL's
 * `://`, `www.`, the `@` of an e-mail address or a mention, the `#` of an issue reference and `GH-`.
 */
export function markdownText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/[\\`*_[\]<>|~&$]/g, (char) => `\\${char}`)
		.replace(/:(?=\/\/)|(?<=\bwww)(?=\.)|@|#|(?<=\bgh-)/gi, (found) => `${found}${joiner}`);
}

const cell = (text: string) => (text === '' ? '—' : markdownText(text));

function table(terminals: readonly PlacedTerminal[]): string[] {
	return [
		'| id | № | region | settlement | address | place | hours | position |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |',
		...terminals.map(
			(terminal) =>
				`| \`${terminal.id}\` | ${terminal.n} | ${cell(terminal.region)} | ${cell(terminal.city)} | ${cell(terminal.address)} | ${cell(terminal.place)} | ${cell(terminal.hours)} | ${terminal.precision} |`,
		),
	];
}

/**
 * The diff as Markdown for a pull request: a one-line summary, then added and removed terminals as
 * tables and changed ones as a list of their changed fields, old → new.
 */
export function diffMarkdown(diff: ListDiff, heading: string): string {
	const lines = [
		`## ${markdownText(heading)}`,
		'',
		`${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged${diff.renumbered > 0 ? ` (${diff.renumbered} only renumbered)` : ''}.`,
	];
	if (diff.added.length > 0) lines.push('', `### Added (${diff.added.length})`, '', ...table(diff.added));
	if (diff.removed.length > 0) lines.push('', `### Removed (${diff.removed.length})`, '', ...table(diff.removed));
	if (diff.changed.length > 0) {
		lines.push('', `### Changed (${diff.changed.length})`, '');
		for (const { after, fields } of diff.changed) {
			lines.push(`- \`${after.id}\` (№ ${after.n})`);
			for (const { field, from, to } of fields) lines.push(`  - ${field}: ${cell(from)} → ${cell(to)}`);
		}
	}
	return `${lines.join('\n')}\n`;
}

/** The summary line alone, for `update`'s output. */
export function diffSummary(diff: ListDiff): string {
	return `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged`;
}
