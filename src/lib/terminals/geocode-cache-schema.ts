import { z } from 'zod';
import { inKyrgyzstan, insideKyrgyzstan, latLngFields } from '../geo/kyrgyzstan.ts';

/** One answer from Nominatim, kept for good: a position it accepted, or why none was. */
const GeocodeEntrySchema = z.discriminatedUnion('found', [
	z
		.strictObject({
			found: z.literal(true),
			...latLngFields,
			/** Nominatim's name for what it found, for a person checking the cache. */
			label: z.string(),
			/** When it was asked, ISO 8601. */
			at: z.string().min(1),
		})
		.refine(insideKyrgyzstan, inKyrgyzstan),
	z.strictObject({
		found: z.literal(false),
		/** `no-result`, `too-coarse` (only the settlement or a district), `outside` (another region or country). */
		reason: z.enum(['no-result', 'too-coarse', 'outside']),
		at: z.string().min(1),
	}),
]);

/** `content/terminals/geocode-cache.json`: the geocode query of a terminal (see `geocodeKey`) → the answer. */
export const GeocodeCacheSchema = z.record(z.string().min(1), GeocodeEntrySchema);

export type GeocodeEntry = z.infer<typeof GeocodeEntrySchema>;
export type GeocodeCache = z.infer<typeof GeocodeCacheSchema>;
