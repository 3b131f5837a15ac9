import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PlacedTerminalSchema } from '../../src/lib/terminals/schema.ts';

/**
 * The committed snapshot of the terminal list. Browser-test builds never reach the bank, so it is
 * the list the site under test publishes.
 */
export const snapshotTerminals = z
	.array(PlacedTerminalSchema)
	.parse(JSON.parse(readFileSync(new URL('../../content/terminals/terminals.json', import.meta.url), 'utf8')));
