import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { update, updateExit } from '../../../scripts/terminals/update.ts';
import { bad, fixtures } from '../../lib/terminal-pdf/fixtures.ts';
import { tempRoot } from '../../loaders/terminals/temp-root.ts';
import { testContext } from './context.ts';

let root: ReturnType<typeof tempRoot> | undefined;
afterEach(() => root?.remove());

test.each([
	{ name: 'ruled-region-column.pdf', folder: fixtures, status: updateExit.ok },
	{ name: 'encrypted.pdf', folder: bad, status: updateExit.noList },
])('terminals update says what it reads while it parses $name, on its progress output only', async ({ name, folder, status }) => {
	root = tempRoot();
	const file = fileURLToPath(new URL(name, folder));
	const run = testContext(root.root);
	const progress: string[] = [];
	run.context.progress = { isTTY: false, write: (text) => progress.push(text) };
	expect(await update([file], run.context)).toBe(status);
	expect(progress).toEqual([`parsing ${file}…\n`, `parsing ${file}: 0 s\n`]);
	expect(run.stdout()).not.toContain('parsing');
	expect(run.stderr()).not.toContain('parsing');
});
