import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { measurePageWeight } from '../../src/lib/budget/page-weight.ts';
import { guidePaths } from '../support/pages.ts';

const dist = new URL('../../dist/', import.meta.url);
/** What fits in the first round trip of a new connection (TCP's initial window of 10 packets). */
const firstRoundTrip = 14 * 1024;

test.each(guidePaths)('%s: HTML + CSS fit in the first round trip', (path) => {
	const html = readFileSync(new URL(`.${path}index.html`, dist), 'utf8');
	const weight = measurePageWeight(html, (asset) => readFileSync(new URL(`.${asset}`, dist)));
	expect(weight.firstRender).toBeLessThanOrEqual(firstRoundTrip);
});
