import { expect, test } from 'vitest';
import { directionsLinks } from '../../../src/lib/finder/directions.ts';
import { openStatus } from '../../../src/lib/finder/open-status.ts';
import { parseHours } from '../../../src/lib/finder/parse-hours.ts';
import { foldForSearch, matchesQuery } from '../../../src/lib/finder/search.ts';
import { decodeWeek } from '../../../src/lib/finder/week-code.ts';

// PDF text is anything: as stdnum's robustness test does, junk gets an answer, never an exception.
const junk = [
	'😴',
	'⑱:⑳',
	'\u0000',
	'\u200b09:00–18:00',
	'- - -',
	'()',
	'(((',
	'пн–',
	'–18:00',
	'09:00–',
	'24',
	'/',
	'24/',
	'перерыв',
	'выходной выходной',
	'пн пн пн',
	'99:99–99:99',
	'00:00',
	'<img src=x onerror=alert(1)>',
	'09:00–18:00'.repeat(500),
	'пн, '.repeat(2000),
];

test.each(junk.map((text) => [text.slice(0, 40), text]))('parseHours(%j) answers', (_, text) => {
	const parsed = parseHours(text);
	expect(typeof parsed.ok).toBe('boolean');
	expect(openStatus(parsed, new Date('2026-11-25T06:00:00Z')).state).toMatch(/^(open|closes-soon|closed|unknown)$/);
});

test.each(junk.map((text) => [text.slice(0, 40), text]))('search and directions take %j as data', (_, text) => {
	expect(typeof foldForSearch(text)).toBe('string');
	expect(typeof matchesQuery(foldForSearch(text), text)).toBe('boolean');
	for (const link of directionsLinks({ address: text, place: text, city: text, precision: 'none' }))
		expect(new URL(link.href).protocol).toBe('https:');
	expect(decodeWeek(text).ok).toBe(false);
});

test('of the junk, only real ranges behind a zero-width space or run together parse', () => {
	expect(junk.filter((text) => parseHours(text).ok)).toEqual(['\u200b09:00–18:00', '09:00–18:00'.repeat(500)]);
});
