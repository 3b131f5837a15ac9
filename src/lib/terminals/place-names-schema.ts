import { z } from 'zod';

const name = z.string().trim().min(1);

/** One settlement of `content/terminals/place-names.json`: the names rules cannot derive. */
export const PlaceNameEntrySchema = z.strictObject({
	/** The gazetteer's (GeoNames') name of the settlement; absent for a settlement the gazetteer lacks. */
	geonames: name.optional(),
	/** The name a Russian page shows. */
	ru: name,
	/** The name a Kyrgyz page shows. */
	ky: name,
	/** Other spellings a reader may type that rules do not give («Базар-Курган»), old names too. */
	also: z.array(name).optional(),
});

/** `content/terminals/place-names.json`, the editable name table. */
export const PlaceNamesSchema = z.strictObject({
	about: z.string(),
	places: z.array(PlaceNameEntrySchema),
});

export type PlaceNameEntry = z.infer<typeof PlaceNameEntrySchema>;
export type PlaceNames = z.infer<typeof PlaceNamesSchema>;
