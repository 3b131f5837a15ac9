import type { Terminal, TerminalWarning } from '../schema.ts';

/**
 * Warnings about the list itself, for a person to check against the PDF: numbers that skip
 * or repeat (a row the parser may have lost or merged) and terminals with neither an address
 * nor a place (nowhere to send a customer).
 */
export function listWarnings(terminals: readonly Terminal[]): TerminalWarning[] {
	const warnings: TerminalWarning[] = [];
	terminals.forEach((terminal, index) => {
		const before = terminals[index - 1];
		if (before && terminal.n === before.n) warnings.push({ code: 'number-repeat', n: terminal.n });
		else if (before && terminal.n !== before.n + 1) warnings.push({ code: 'number-gap', from: before.n, to: terminal.n });
		if (terminal.address === '' && terminal.place === '') warnings.push({ code: 'no-address', n: terminal.n });
	});
	return warnings;
}
