import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { math, mathHtml } from 'micromark-extension-math';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diff } from '../../../scripts/terminals/diff.ts';
import { update } from '../../../scripts/terminals/update.ts';
import { hostileCells } from '../../fixtures/terminals/layouts.ts';
import { bad, fixtures } from '../../lib/terminal-pdf/fixtures.ts';
import { tempRoot } from '../../loaders/terminals/temp-root.ts';
import { testContext } from './context.ts';

// Each PDF is parsed once in this file, however many commands read it.
vi.mock(import('../../../src/lib/terminal-pdf/parse-in-worker.ts'), async (importOriginal) =>
	(await import('../../loaders/terminals/parse-once.ts')).parseOnce(await importOriginal()),
);

const pdf = (name: string) => fileURLToPath(new URL(name, fixtures));
let root: ReturnType<typeof tempRoot>;
afterEach(() => root.remove());

describe('terminals diff', () => {
	it('shows a fixed typo as a change of the same id, and a new row as added, against the snapshot', async () => {
		root = tempRoot();
		expect(await update([pdf('merged-cells.pdf')], testContext(root.root).context)).toBe(0);
		const { terminals, source } = root.snapshot();
		const [first, second, ...rest] = terminals;
		if (!first || !second) throw new Error('the fixture has rows');
		// The snapshot as it was before the bank fixed a typo in row 1 and added row 2.
		root.write('terminals.json', [{ ...first, address: first.address.replace(/\d+/, (house) => `${house}а`) }, ...rest]);
		root.write('source.json', { ...source, date: '01.10.2026', rows: rest.length + 1 });
		const run = testContext(root.root);
		const before = [root.read('terminals.json'), root.read('source.json')];
		expect(await diff([pdf('merged-cells.pdf')], run.context)).toBe(0);
		const markdown = run.stdout();
		expect(markdown).toMatch(
			/^## Terminal list: the snapshot of 01\.10\.2026 → the list of 05\.11\.2026 \(merged-cells\.pdf\)\n\n1 added, 0 removed, 1 changed, 25 unchanged\.\n/,
		);
		expect(markdown).toContain(`### Added (1)`);
		expect(markdown).toContain(`| \`${second.id}\` | 2 |`);
		expect(markdown).toContain(`### Changed (1)\n\n- \`${first.id}\` (№ 1)\n  - address: `);
		expect([root.read('terminals.json'), root.read('source.json')]).toEqual(before);
	});

	it('prints Markdown GitHub renders inert: no link, mention, issue reference, math or HTML from the PDF’s cells, yet readable', async () => {
		root = tempRoot();
		const run = testContext(root.root);
		expect(await diff([fileURLToPath(new URL('../../fixtures/terminals/markdown-cells.pdf', import.meta.url))], run.context)).toBe(0);
		// As GitHub renders a comment: GFM with math, raw HTML let through (GitHub filters it later, so none may be there).
		const html = micromark(run.stdout(), {
			allowDangerousHtml: true,
			extensions: [gfm(), math()],
			htmlExtensions: [gfmHtml(), mathHtml()],
		});
		expect(html).not.toMatch(/<a[\s>]/);
		expect(html).not.toMatch(/class="math|<math/);
		const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((match) => match[1]));
		expect([...tags].sort()).toEqual(['code', 'h2', 'h3', 'p', 'table', 'tbody', 'td', 'th', 'thead', 'tr']);
		const text = html
			.replace(/<[^>]+>/g, '')
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&amp;', '&');
		const visible = text.replaceAll('\u2060', '');
		for (const cell of hostileCells) expect(visible).toContain(cell);
		// GitHub's own references (not GFM's): no `@name` or `#digit` left joined.
		expect(text).not.toMatch(/@\w|#\d/);
	});

	it('exits 1 with the error line when the list cannot be read, 2 on a usage mistake', async () => {
		root = tempRoot();
		const run = testContext(root.root);
		expect(await diff([fileURLToPath(new URL('html-error-page.pdf', bad))], run.context)).toBe(1);
		expect(run.stderr()).toMatch(/^error\[not-pdf\]: /);
		expect(run.stdout()).toBe('');
		expect(await diff(['--all'], run.context)).toBe(2);
	});
});
