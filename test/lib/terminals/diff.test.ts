import { describe, expect, it } from 'vitest';
import { diffLists } from '../../../src/lib/terminals/diff.ts';
import { diffMarkdown, markdownText } from '../../../src/lib/terminals/diff-markdown.ts';
import type { PlacedTerminal } from '../../../src/lib/terminals/schema.ts';

const house: Record<string, number> = { a: 1, b: 2, c: 3, d: 4, new: 5 };
const terminal = (n: number, id: string, changes: Partial<PlacedTerminal> = {}): PlacedTerminal => ({
	n,
	region: 'г. Бишкек',
	city: 'Бишкек',
	address: `ул. Ленина, ${house[id]}`,
	place: 'АЗС',
	hours: '24/7',
	id,
	lat: 42.87,
	lng: 74.59,
	precision: 'settlement',
	positionSource: 'gazetteer',
	centre: { lat: 42.87, lng: 74.59 },
	...changes,
});

const before = [terminal(1, 'a'), terminal(2, 'b'), terminal(3, 'c'), terminal(4, 'd')];
const after = [
	terminal(1, 'new', { place: 'ТЦ «Vefa» | 2-й этаж', hours: '' }),
	terminal(2, 'a'),
	terminal(3, 'b', { address: 'улица Ленина, 2', hours: '09:00–18:00' }),
	terminal(4, 'd', { lat: 42.8801, lng: 74.6102, precision: 'exact', positionSource: 'pin' }),
];

describe('terminals diff', () => {
	const diff = diffLists(before, after);

	it('finds added, removed and changed terminals by id, leaving renumbering alone', () => {
		expect(diff.added.map((t) => t.id)).toEqual(['new']);
		expect(diff.removed.map((t) => t.id)).toEqual(['c']);
		expect(diff.changed.map(({ after: t, fields }) => [t.id, fields.map((f) => f.field)])).toEqual([
			['b', ['address', 'hours']],
			['d', ['position']],
		]);
		expect(diff.unchanged).toBe(1);
		expect(diff.renumbered).toBe(1);
	});

	it('prints Markdown a reviewer reads in a pull request', () => {
		expect(diffMarkdown(diff, 'Terminal list: the snapshot of 01.11.2026 → the list of 05.11.2026')).toBe(
			[
				'## Terminal list: the snapshot of 01.11.2026 → the list of 05.11.2026',
				'',
				'1 added, 1 removed, 2 changed, 1 unchanged (1 only renumbered).',
				'',
				'### Added (1)',
				'',
				'| id | № | region | settlement | address | place | hours | position |',
				'| --- | --- | --- | --- | --- | --- | --- | --- |',
				'| `new` | 1 | г. Бишкек | Бишкек | ул. Ленина, 5 | ТЦ «Vefa» \\| 2-й этаж | — | settlement |',
				'',
				'### Removed (1)',
				'',
				'| id | № | region | settlement | address | place | hours | position |',
				'| --- | --- | --- | --- | --- | --- | --- | --- |',
				'| `c` | 3 | г. Бишкек | Бишкек | ул. Ленина, 3 | АЗС | 24/7 | settlement |',
				'',
				'### Changed (2)',
				'',
				'- `b` (№ 3)',
				'  - address: ул. Ленина, 2 → улица Ленина, 2',
				'  - hours: 24/7 → 09:00–18:00',
				'- `d` (№ 4)',
				'  - position: 42.87, 74.59 (settlement, gazetteer) → 42.8801, 74.6102 (exact, pin)',
				'',
			].join('\n'),
		);
	});

	it('escapes what Markdown or HTML would act on: PDF text is data', () => {
		expect(markdownText('<img src=x onerror=alert(1)> **bold** [link](javascript:x) `code`\nnext')).toBe(
			'\\<img src=x onerror=alert(1)\\> \\*\\*bold\\*\\* \\[link\\](javascript:x) \\`code\\` next',
		);
	});
});
