/**
 * Text written out by hand in a test's table, with `~` standing for a no-break space as in TeX,
 * so the table shows where the typography must put one. No other character is touched; a
 * no-break hyphen is written as `\u2011`.
 */
export const typed = (text: string): string => text.replaceAll('~', '\u00a0');
