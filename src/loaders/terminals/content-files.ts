import { existsSync, readFileSync } from 'node:fs';
import { parseContentFile } from '../../lib/content/parse-content-file.ts';
import { GazetteerSchema, SettlementAliasesSchema } from '../../lib/terminal-data/gazetteer-schema.ts';
import { GeocodeCacheSchema, type GeocodeCache } from '../../lib/terminal-data/geocode-cache-schema.ts';
import { settlementMatcher, type SettlementMatcher } from '../../lib/terminal-data/match-settlement.ts';
import { PlaceNamesSchema } from '../../lib/terminal-data/place-names-schema.ts';
import { tableAliases } from '../../lib/terminal-data/place-names.ts';
import { PinsSchema, type Pins } from '../../lib/terminal-data/pins-schema.ts';
import { SnapshotTerminalsSchema } from '../../lib/terminal-data/snapshot-schema.ts';
import { SnapshotSourceSchema, type SnapshotSource } from '../../lib/terminal-data/source-schema.ts';
import type { PlacedTerminal } from '../../lib/terminal-data/schema.ts';
import { parseHeaderSynonyms, type HeaderSynonyms } from '../../lib/terminals/header/header-synonyms.ts';

/** The files in `content/terminals/` the terminal data is made from, relative to the project root. */
export const terminalFiles = {
	synonyms: 'content/terminals/header-synonyms.json',
	gazetteer: 'content/terminals/gazetteer.json',
	aliases: 'content/terminals/settlement-aliases.json',
	placeNames: 'content/terminals/place-names.json',
	pins: 'content/terminals/pins.json',
	geocodeCache: 'content/terminals/geocode-cache.json',
	snapshotTerminals: 'content/terminals/terminals.json',
	snapshotSource: 'content/terminals/source.json',
} as const;

export type TerminalFile = keyof typeof terminalFiles;

export const fileUrl = (root: URL, file: TerminalFile) => new URL(terminalFiles[file], root);

function readJson(root: URL, file: TerminalFile): unknown {
	const text = readFileSync(fileUrl(root, file), 'utf8');
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new Error(`${terminalFiles[file]} is not valid JSON (${(error as Error).message}); fix the file or restore it from git.`, {
			cause: error,
		});
	}
}

/** Reads and checks one content file; an optional file (pins, cache) that is missing reads as `{}`. */
function readContent<T>(root: URL, file: TerminalFile, schema: Parameters<typeof parseContentFile<T>>[0], optional = false): T {
	if (optional && !existsSync(fileUrl(root, file))) return parseContentFile(schema, {}, terminalFiles[file]);
	return parseContentFile(schema, readJson(root, file), terminalFiles[file]);
}

export const readSynonyms = (root: URL): HeaderSynonyms => parseHeaderSynonyms(readJson(root, 'synonyms'), terminalFiles.synonyms);
export const readPins = (root: URL): Pins => readContent(root, 'pins', PinsSchema, true);
export const readGeocodeCache = (root: URL): GeocodeCache => readContent(root, 'geocodeCache', GeocodeCacheSchema, true);

/** The name table's names are aliases too: a settlement printed by any name it lists is matched. */
export function readMatcher(root: URL): SettlementMatcher {
	return settlementMatcher(readContent(root, 'gazetteer', GazetteerSchema), {
		...tableAliases(readContent(root, 'placeNames', PlaceNamesSchema)),
		...readContent(root, 'aliases', SettlementAliasesSchema),
	});
}

/** Everything the position chain reads, besides the previous list. */
export function readPlacementFiles(root: URL): { matcher: SettlementMatcher; pins: Pins; geocodeCache: GeocodeCache } {
	return { matcher: readMatcher(root), pins: readPins(root), geocodeCache: readGeocodeCache(root) };
}

export interface Snapshot {
	terminals: PlacedTerminal[];
	source: SnapshotSource;
}

/** The committed snapshot, checked; throws naming the file and field when it is broken. */
export function readSnapshot(root: URL): Snapshot {
	return {
		terminals: readContent(root, 'snapshotTerminals', SnapshotTerminalsSchema),
		source: readContent(root, 'snapshotSource', SnapshotSourceSchema),
	};
}
