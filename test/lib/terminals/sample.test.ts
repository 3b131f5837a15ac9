import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../fixtures/terminal-pdf/sample.ts';
import { root, snapshot } from './content.ts';

describe('the committed sample snapshot', () => {
	const committed = snapshot();

	it('is marked a sample and names the fixture rows as its source, not the bank', () => {
		expect(committed.source.sample).toBe(true);
		expect(committed.source.url).toBeUndefined();
		expect(committed.source.sha256).toBeUndefined();
		expect(committed.source.file).toBe('test/fixtures/terminal-pdf/rows.ts');
	});

	it('is what the sample generator makes from rows.ts today (run it after changing rows, ids or the gazetteer)', () => {
		const made = sampleSnapshot(root);
		expect(committed.terminals).toEqual(made.terminals);
		expect(committed.source).toEqual(made.source);
	});

	it('has about 240 rows, numbered 1 to N, the page budget is measured with', () => {
		expect(committed.terminals.map((terminal) => terminal.n)).toEqual(committed.terminals.map((_, i) => i + 1));
		expect(committed.terminals.length).toBe(240);
	});
});
