import { z } from 'zod';
import { inKyrgyzstan, insideKyrgyzstan, latLngFields } from '../geo/kyrgyzstan.ts';

/** One settlement of `content/terminals/gazetteer.json`, as GeoNames spells and places it. */
const GazetteerPlaceSchema = z
	.strictObject({
		...latLngFields,
		name: z.string().min(1),
		/** GeoNames admin1 code of its region, e.g. "02" for Chüy. */
		admin1: z.string().regex(/^\d\d$/),
		/** GeoNames feature id, when the source gives it. */
		geonameId: z.int().optional(),
	})
	.refine(insideKyrgyzstan, inKyrgyzstan);

/** The committed Kyrgyz slice of a GeoNames-based package, with where it came from and under which licence. */
export const GazetteerSchema = z.strictObject({
	source: z.string().min(1),
	licence: z.string().min(1),
	generatedBy: z.string().min(1),
	places: z.array(GazetteerPlaceSchema).min(1),
});

/** `content/terminals/settlement-aliases.json`: printed names transliteration cannot reach → the gazetteer's name. */
export const SettlementAliasesSchema = z.record(z.string().min(1), z.string().min(1));

export type GazetteerPlace = z.infer<typeof GazetteerPlaceSchema>;
export type Gazetteer = z.infer<typeof GazetteerSchema>;
export type SettlementAliases = z.infer<typeof SettlementAliasesSchema>;
