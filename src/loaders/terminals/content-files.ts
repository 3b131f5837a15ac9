import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseContentFile } from '../../lib/content/parse-content-file.ts';
import { snapshotProblems } from '../../lib/terminals/check-snapshot.ts';
import { GazetteerSchema, SettlementAliasesSchema, type Gazetteer } from '../../lib/terminals/gazetteer-schema.ts';
import { GeocodeCacheSchema, type GeocodeCache } from '../../lib/terminals/geocode-cache-schema.ts';
import { settlementMatcher, type SettlementMatcher } from '../../lib/terminals/match-settlement.ts';
import { PlaceNamesSchema } from '../../lib/terminals/place-names-schema.ts';
import { tableAliases } from '../../lib/terminals/place-names.ts';
import { PinsSchema, type Pins } from '../../lib/terminals/pins-schema.ts';
import type { PlacedTerminal } from '../../lib/terminals/schema.ts';
import { SnapshotTerminalsSchema } from '../../lib/terminals/snapshot-schema.ts';
import { SnapshotSourceSchema, type SnapshotSource } from '../../lib/terminals/source-schema.ts';
import { HeaderSynonymsSchema, type HeaderSynonyms } from '../../lib/terminal-pdf/header/header-synonyms.ts';

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

const fromGit = (file: TerminalFile) => `restore it with git checkout -- ${terminalFiles[file]}`;
const snapshotFix = `restore both snapshot files with git checkout -- ${terminalFiles.snapshotTerminals} ${terminalFiles.snapshotSource}, or write them again with npm run terminals -- update`;

/** What each file holds and how to get it back, for the message when it is missing or unreadable; pins and the cache may be absent. */
const expected: Record<TerminalFile, { holds: string; fix: string } | 'optional'> = {
	synonyms: { holds: 'the words the list’s column headings may use', fix: fromGit('synonyms') },
	gazetteer: { holds: 'Kyrgyzstan’s settlements with their positions (a GeoNames slice)', fix: 'npm run gazetteer rewrites it' },
	aliases: { holds: 'printed settlement names → the gazetteer’s names (an object, {} when none)', fix: fromGit('aliases') },
	placeNames: { holds: 'each place’s Russian, Kyrgyz and other spellings', fix: fromGit('placeNames') },
	pins: 'optional',
	geocodeCache: 'optional',
	snapshotTerminals: { holds: 'the last good terminal list, placed (a JSON array)', fix: snapshotFix },
	snapshotSource: { holds: 'where the snapshot came from (a JSON object)', fix: snapshotFix },
};

/** A file's JSON, `{}` for an optional file that is not there, or an error saying what the file holds and how to get it back. */
function readJson(root: URL, file: TerminalFile): unknown {
	const what = expected[file];
	let text: string;
	try {
		text = readFileSync(fileUrl(root, file), 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? String(error);
		if (what === 'optional' && code === 'ENOENT') return {};
		const fix = what === 'optional' ? `remove it or ${fromGit(file)}` : what.fix;
		const holds = what === 'optional' ? '' : `; it should hold ${what.holds}`;
		throw new Error(`${terminalFiles[file]} cannot be read (${code})${holds}: ${fix}.`, { cause: error });
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new Error(`${terminalFiles[file]} is not valid JSON (${(error as Error).message}); fix the file or ${fromGit(file)}.`, {
			cause: error,
		});
	}
}

const readContent = <T>(root: URL, file: TerminalFile, schema: z.ZodType<T>): T =>
	parseContentFile(schema, readJson(root, file), terminalFiles[file]);

export interface Snapshot {
	terminals: PlacedTerminal[];
	source: SnapshotSource;
}

/** Every file of `content/terminals/` the terminal data is made from, read and checked once: what each later step is a function of. */
export interface TerminalContent {
	synonyms: HeaderSynonyms;
	gazetteer: Gazetteer;
	matcher: SettlementMatcher;
	pins: Pins;
	geocodeCache: GeocodeCache;
	snapshot: Snapshot;
}

/** The committed snapshot, checked; throws naming the file, the ids and the rows when it is broken. */
function readSnapshot(root: URL): Snapshot {
	const terminals = readContent(root, 'snapshotTerminals', SnapshotTerminalsSchema);
	const source = readContent(root, 'snapshotSource', SnapshotSourceSchema);
	const problems = snapshotProblems(terminals, source.rows);
	if (problems.length > 0) throw new Error(`${terminalFiles.snapshotTerminals} cannot be used: ${problems.join('; ')}. ${snapshotFix}.`);
	return { terminals, source };
}

/** Reads `content/terminals/` once; throws naming the file, what is wrong and how to fix it. */
export function readTerminalContent(root: URL): TerminalContent {
	const gazetteer = readContent(root, 'gazetteer', GazetteerSchema);
	return {
		synonyms: readContent(root, 'synonyms', HeaderSynonymsSchema()),
		gazetteer,
		// The name table's names are aliases too: a settlement printed by any name it lists is matched.
		matcher: settlementMatcher(gazetteer, {
			...tableAliases(readContent(root, 'placeNames', PlaceNamesSchema)),
			...readContent(root, 'aliases', SettlementAliasesSchema),
		}),
		pins: readContent(root, 'pins', PinsSchema),
		geocodeCache: readContent(root, 'geocodeCache', GeocodeCacheSchema),
		snapshot: readSnapshot(root),
	};
}
