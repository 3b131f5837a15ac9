import type { TerminalWarning } from './schema.ts';

/** One English line for a build log or the command line; the warning's code and facts stay the data. */
export function formatTerminalWarning(warning: TerminalWarning): string {
	switch (warning.code) {
		case 'numbered-in-order':
			return 'the table has no «№» column; terminals are numbered in the order printed';
		case 'unnumbered-row':
			return `the row after ${warning.after === undefined ? 'the header' : `row ${warning.after}`} on page ${warning.page} has no number printed; it is numbered ${warning.n} in the order printed`;
		case 'header-without-rows':
			return `page ${warning.page} has the table header but no terminal rows`;
		case 'empty-column':
			return `the «${warning.header}» column (${warning.field}) has no text in any row${warning.page === undefined ? '' : ` on page ${warning.page}`}; check the PDF shows it`;
		case 'dropped-text':
			return `${warning.count} text item(s) inside the table on page ${warning.page} were left out (turned sideways, or outside every column)`;
		case 'number-gap':
			return `row numbers jump from ${warning.from} to ${warning.to}`;
		case 'number-repeat':
			return `row number ${warning.n} is printed twice in a row`;
		case 'no-address':
			return `row ${warning.n} has neither an address nor a place`;
		case 'bad-coordinates':
			return `row ${warning.n} prints the coordinates ${JSON.stringify(warning.text)}, which are no latitude and longitude; it has no position from the PDF`;
		case 'unknown-column':
			return `the «${warning.header}» column on page ${warning.page} names no field the list uses; its text is left out (map or ignore it in content/terminals/header-synonyms.json)`;
	}
}
