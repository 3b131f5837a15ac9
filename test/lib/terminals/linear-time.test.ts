import { describe, expect, test } from 'vitest';
import { parseHours } from '../../../src/lib/finder/parse-hours.ts';
import { markdownText } from '../../../src/lib/terminals/diff-markdown.ts';
import { geocodeKey } from '../../../src/lib/terminals/geocode-key.ts';
import { placeTerminals, type ParsedRow } from '../../../src/lib/terminals/place-terminals.ts';
import { settlementName } from '../../../src/lib/terminals/settlement-name.ts';
import { baseId, identityKey } from '../../../src/lib/terminals/terminal-id.ts';
import { nameSkeleton } from '../../../src/lib/terminals/transliterate.ts';
import { growthRatio, linearGrowthLimit } from '../../support/linear-time.ts';
import { content } from './content.ts';

/** Text a PDF cell may hold, in the shapes that make a careless regex or loop quadratic. */
const shapes: Record<string, (length: number) => string> = {
	dots: (length) => `${'.'.repeat(length)}x`,
	spaces: (length) => `${' '.repeat(length)}x`,
	'distinct non-digits': (length) => Array.from({ length }, (_, i) => String.fromCharCode(0x4e00 + (i % 20_000))).join(''),
	'open parentheses': (length) => '('.repeat(length),
	commas: (length) => `${','.repeat(length)}x`,
	hyphens: (length) => `${'-'.repeat(length)}x`,
	'settlement kinds': (length) => 'г. '.repeat(length / 3),
	'times and colons': (length) => '1:'.repeat(length / 2),
};

/** Every function PDF text reaches on its way to a page, a log line or a diff, with what it must give back. */
const all = Object.keys(shapes);
/** The shapes a word-by-word function meets: a run of one separator, and many distinct letters. */
const wordShapes = ['dots', 'spaces', 'distinct non-digits', 'commas'];
const functions: Record<string, { run: (text: string) => unknown; result: (out: unknown) => void; shapes: string[] }> = {
	settlementName: { run: (text) => settlementName(text), result: (out) => expect(typeof out).toBe('string'), shapes: all },
	parseHours: { run: (text) => parseHours(text), result: (out) => expect(out).toHaveProperty('ok'), shapes: all },
	markdownText: { run: (text) => markdownText(text), result: (out) => expect(typeof out).toBe('string'), shapes: all },
	'identityKey and baseId': {
		run: (text) => [identityKey({ settlement: text, address: text, place: '' }), baseId({ settlement: text, address: '', place: '' })],
		result: (out) => expect(out).toHaveLength(2),
		shapes: wordShapes,
	},
	'the gazetteer match': {
		run: (text) => content.matcher.match(text, 'chui'),
		result: (out) => expect(out).toEqual({ problem: 'unknown' }),
		shapes: wordShapes,
	},
	nameSkeleton: { run: (text) => nameSkeleton(text), result: (out) => expect(typeof out).toBe('string'), shapes: wordShapes },
	geocodeKey: { run: (text) => geocodeKey(text, ''), result: (out) => expect(out).toMatch(/ \| $/), shapes: wordShapes },
};

describe.each(Object.entries(functions))('%s takes linear time on 100,000 characters', (_, { run, result, shapes: names }) => {
	test.each(names)('of %s', (name) => {
		const make = shapes[name] as (length: number) => string;
		result(run(make(100_000)));
		expect(growthRatio(run, make)).toBeLessThan(linearGrowthLimit);
	});
});

const row = (n: number, address: string): ParsedRow => ({ n, region: 'г. Бишкек', city: 'Бишкек', address, place: '', hours: '' });

describe('placing a list is bounded, whatever its text', () => {
	test('one row whose cells are 100,000 characters, against a snapshot with its like', () => {
		const place = (text: string) => {
			const previous = [{ ...row(1, `${text}a`), id: 'bishkek-old', precision: 'none' as const, positionSource: 'none' as const }];
			return placeTerminals([row(1, text)], { ...content, previous });
		};
		const make = (length: number) => 'ул. Ленина '.repeat(Math.round(length / 11));
		expect(place(make(100_000)).terminals).toHaveLength(1);
		expect(growthRatio(place, make)).toBeLessThan(linearGrowthLimit);
	});
});
