import { placeTerminals, type Placement } from '../../src/lib/terminal-data/place-terminals.ts';
import { readPlacementFiles, readSnapshot, readSynonyms, type Snapshot } from '../../src/loaders/terminals/content-files.ts';
import { chooseOrigin, ListError, readList, type ListOrigin, type ReadList } from '../../src/loaders/terminals/read-list.ts';
import type { CommandContext } from './context.ts';

export interface FreshList {
	read: ReadList;
	placement: Placement;
	snapshot: Snapshot;
}

/** The list named on the command line, else `TERMINALS_PDF`, else the bank's. */
export function originOf(given: string | undefined, env: CommandContext['env']): ListOrigin {
	return chooseOrigin(given === undefined ? env : { ...env, TERMINALS_PDF: given });
}

/**
 * Reads, parses and places a fresh list against the committed snapshot's ids; on a list that cannot
 * be read, prints the one `error[CODE]: …` line and returns undefined.
 */
export async function freshList(origin: ListOrigin, context: CommandContext): Promise<FreshList | undefined> {
	const snapshot = readSnapshot(context.root);
	try {
		const read = await readList(origin, {
			synonyms: readSynonyms(context.root),
			now: context.now,
			...(context.download === undefined ? {} : { download: context.download }),
		});
		const placement = placeTerminals(read.list.terminals, { ...readPlacementFiles(context.root), previous: snapshot.terminals });
		return { read, placement, snapshot };
	} catch (error) {
		if (!(error instanceof ListError)) throw error;
		context.stderr(`error[${error.code}]: ${error.message}; the snapshot in content/terminals/ is unchanged.`);
		return undefined;
	}
}
