import { z } from 'zod';
import { TerminalSchema } from '../terminal-pdf/schema.ts';

/** How exact a terminal's map position is; the finder says it in words and draws each kind differently. */
const precisions = ['exact', 'settlement', 'none'] as const;
export type Precision = (typeof precisions)[number];

/** Where a position came from, first hit wins: a manual pin, the PDF's own coordinates, the geocode cache, the gazetteer. */
const positionSources = ['pin', 'pdf', 'geocode', 'gazetteer', 'none'] as const;

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

/** A stable, URL-safe id: the `#t-<id>` anchor support staff send. */
export const TerminalIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lowercase Latin letters and digits joined by single hyphens');

/** One terminal as the site shows it: the parser's fields as printed, plus identity and position. */
export const PlacedTerminalSchema = TerminalSchema.extend({
	id: TerminalIdSchema,
	/** The map position; absent when `precision` is `none`. */
	lat: latitude.optional(),
	lng: longitude.optional(),
	precision: z.enum(precisions),
	positionSource: z.enum(positionSources),
	/** The centre of the terminal's settlement from the gazetteer, when matched: "sort from my settlement" uses it. */
	centre: z.strictObject({ lat: latitude, lng: longitude }).optional(),
}).refine((terminal) => (terminal.precision === 'none') === (terminal.lat === undefined && terminal.lng === undefined), {
	message: 'a terminal has lat and lng exactly when its precision is not "none"',
});

export type PlacedTerminal = z.output<typeof PlacedTerminalSchema>;
