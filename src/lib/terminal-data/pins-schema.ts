import { z } from 'zod';
import { TerminalIdSchema } from './schema.ts';

/** A position support staff set by hand, e.g. copied from a map app, with a word on why. */
export const PinSchema = z.strictObject({
	lat: z.number().min(39).max(44),
	lng: z.number().min(69).max(81),
	note: z.string().min(1),
});

/** `content/terminals/pins.json`: terminal id → its pin. A pin always wins. */
export const PinsSchema = z.record(TerminalIdSchema, PinSchema);

export type Pin = z.infer<typeof PinSchema>;
export type Pins = z.infer<typeof PinsSchema>;
