import type { Terminal } from '../terminal-pdf/schema.ts';

/** The parts of a terminal a link preview names; all of it is PDF text, so it stays plain text. */
type TerminalText = Pick<Terminal, 'city' | 'address' | 'place' | 'hours'>;

interface TerminalPreviewText {
	title: string;
	description: string;
}

const joinPresent = (parts: readonly string[], separator: string): string => parts.filter((part) => part !== '').join(separator);

/**
 * What a terminal link says in a messenger: where it stands (the place, or the address when
 * the PDF names no place) and, after a dot, the settlement as the title (the PDF's own commas
 * stay unambiguous); the address and hours below.
 * Empty cells are left out, never shown as blanks. `fallbackTitle` names a terminal whose
 * row has neither place, address nor settlement (the parser warns about those rows).
 */
export function terminalPreviewText(
	terminal: TerminalText,
	labels: { hours: (hours: string) => string; fallbackTitle: string },
): TerminalPreviewText {
	const where = terminal.place || terminal.address;
	const title = joinPresent([where, terminal.city], ' · ') || labels.fallbackTitle;
	const address = where === terminal.address ? '' : terminal.address;
	const description = joinPresent([joinPresent([address, terminal.city], ', '), terminal.hours && labels.hours(terminal.hours)], '. ');
	return { title, description: description || title };
}
