import { z } from 'zod';
import { PlacedTerminalSchema } from './schema.ts';

/** `content/terminals/terminals.json`: the last good list, placed. Ids are unique; so are the printed numbers. */
export const SnapshotTerminalsSchema = z.array(PlacedTerminalSchema).min(1);
