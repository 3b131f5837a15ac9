import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/browser.ts';
import { distinctPaths } from '../../scripts/lib/built-pages.ts';

const browser = useBrowser();

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
	test.each(distinctPaths())('axe finds no violations on %s', async (path) => {
		const page = await browser.open(path, { colorScheme });
		expect(await axeViolations(page)).toEqual([]);
	});
});
