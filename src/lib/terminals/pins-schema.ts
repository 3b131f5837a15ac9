import { z } from 'zod';
import { inKyrgyzstan, insideKyrgyzstan, latLngFields } from '../geo/kyrgyzstan.ts';
import { TerminalIdSchema } from './schema.ts';

/** A position support staff set by hand, e.g. copied from a map app, with a word on why; it must lie in Kyrgyzstan. */
const PinSchema = z.strictObject({ ...latLngFields, note: z.string().min(1) }).refine(insideKyrgyzstan, inKyrgyzstan);

/** `content/terminals/pins.json`: terminal id → its pin. A pin always wins. */
export const PinsSchema = z.record(TerminalIdSchema, PinSchema);

export type Pins = z.infer<typeof PinsSchema>;
