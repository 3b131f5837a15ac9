import type { Terminal } from '../schema.ts';

/**
 * Warnings about the list itself, for a person to check against the PDF: numbers that skip
 * or repeat (a row the parser may have lost or merged) and terminals with neither an address
 * nor a place (nowhere to send a customer).
 */
export function listWarnings(terminals: readonly Terminal[]): string[] {
	const warnings: string[] = [];
	terminals.forEach((terminal, index) => {
		const before = terminals[index - 1];
		if (before && terminal.n === before.n) warnings.push(`row number ${terminal.n} is printed twice in a row`);
		else if (before && terminal.n !== before.n + 1) warnings.push(`row numbers jump from ${before.n} to ${terminal.n}`);
		if (terminal.address === '' && terminal.place === '') warnings.push(`row ${terminal.n} has neither an address nor a place`);
	});
	return warnings;
}
