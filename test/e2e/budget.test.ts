import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { measurePageWeight } from '../../src/lib/budget/page-weight.ts';
import { builtPageFiles, gzipOfFiles, gzipSize } from '../../scripts/lib/built-page-files.ts';
import { dist, guidePaths, terminalPaths } from '../../scripts/lib/built-pages.ts';

const KB = 1024;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
/** What fits in the first round trip of a new connection (TCP's initial window of 10 packets). */
const firstRoundTrip = 14 * KB;
const guideScriptBudget = 5 * KB;
/** The finder with the 240-row list, before the map: HTML, CSS and the scripts it runs on load. */
const finderBudget = 30 * KB;
/** The map's code and CSS, Leaflet's included, loaded when the reader opens it. */
const mapBudget = 50 * KB;

const htmlOf = (path: string): string => readFileSync(`${dist}${path.slice(1)}index.html`, 'utf8');

/** Passes when `bytes` is within `budget`, or fails naming the size and by how much it is over. */
function withinBudget(what: string, bytes: number, budget: number): void {
	expect(bytes, `${what}: ${kb(bytes)} gzip, over the ${kb(budget)} budget by ${kb(bytes - budget)}`).toBeLessThanOrEqual(budget);
}

describe.each(guidePaths)('%s', (path) => {
	test('HTML + CSS fit in the first round trip', () => {
		const weight = measurePageWeight(htmlOf(path), (asset) => readFileSync(`${dist}${asset.slice(1)}`));
		withinBudget(`${path} HTML + CSS`, weight.firstRender, firstRoundTrip);
	});

	test('its scripts, with all they import, stay within 5 KB, and none blocks reading', () => {
		const html = htmlOf(path);
		const { onLoad, inlineScripts } = builtPageFiles(html);
		withinBudget(
			`${path} JS`,
			gzipOfFiles(onLoad.filter((file) => file.endsWith('.js'))) + inlineScripts.reduce((sum, code) => sum + gzipSize(code), 0),
			guideScriptBudget,
		);
		// A module script waits for the document: the text is on screen before any script runs.
		const blocking = [...html.matchAll(/<script(?![^>]*type="(?:module|application\/(?:ld\+)?json)")[^>]*>/g)].map((match) => match[0]);
		expect(blocking).toEqual([]);
	});
});

describe.each(terminalPaths)('%s', (path) => {
	test('HTML + CSS + JS before the map stay within 30 KB; the map’s code and CSS, loaded on demand, within 50 KB', () => {
		const html = htmlOf(path);
		const { onLoad, onDemand, inlineScripts } = builtPageFiles(html);
		const weight = measurePageWeight(html, (asset) => readFileSync(`${dist}${asset.slice(1)}`));
		const scripts =
			gzipOfFiles(onLoad.filter((file) => file.endsWith('.js'))) + inlineScripts.reduce((sum, code) => sum + gzipSize(code), 0);
		withinBudget(`${path} HTML + CSS + JS`, weight.firstRender + scripts, finderBudget);
		expect(onLoad.filter((file) => file.includes('terminal-map'))).toEqual([]);
		const map = onDemand.filter((file) => file.endsWith('.js') || file.endsWith('.css'));
		expect(map.some((file) => file.includes('terminal-map'))).toBe(true);
		withinBudget(`${path} map`, gzipOfFiles(map), mapBudget);
	});
});
