/**
 * Prints the gzip weight of every built page: `npm run build && npm run --silent weight`.
 * The guide's goal is HTML + CSS within the first round trip (14 KB) and no JavaScript needed to read it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { measurePageWeight } from '../src/lib/budget/page-weight.ts';

const dist = new URL('../dist/', import.meta.url);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
console.log('page'.padEnd(24), 'HTML+CSS'.padStart(9), 'JS'.padStart(9));
for (const page of pages.sort()) {
	const weight = measurePageWeight(readFileSync(new URL(page, dist), 'utf8'), (path) => readFileSync(new URL(`.${path}`, dist)));
	console.log(`/${page.replace(/index\.html$/, '')}`.padEnd(24), kb(weight.firstRender).padStart(9), kb(weight.js).padStart(9));
}
