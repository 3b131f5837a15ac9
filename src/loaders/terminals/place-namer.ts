import gazetteer from '../../../content/terminals/gazetteer.json' with { type: 'json' };
import placeNames from '../../../content/terminals/place-names.json' with { type: 'json' };
import aliases from '../../../content/terminals/settlement-aliases.json' with { type: 'json' };
import { parseContentFile } from '../../lib/content/parse-content-file.ts';
import { GazetteerSchema, SettlementAliasesSchema } from '../../lib/terminals/gazetteer-schema.ts';
import { PlaceNamesSchema } from '../../lib/terminals/place-names-schema.ts';
import { placeNamer } from '../../lib/terminals/place-names.ts';
import { terminalFiles } from './content-files.ts';

/**
 * Every terminal's settlement and region by every name, from the committed gazetteer, aliases and name
 * table: the finder page shows the names in its language and carries the rest for search.
 */
export const placeOf = placeNamer(
	parseContentFile(GazetteerSchema, gazetteer, terminalFiles.gazetteer),
	parseContentFile(SettlementAliasesSchema, aliases, terminalFiles.aliases),
	parseContentFile(PlaceNamesSchema, placeNames, terminalFiles.placeNames),
);
