import type { Placement } from '../../src/lib/terminals/place-terminals.ts';
import { placeFresh } from '../../src/loaders/terminals/build-terminal-data.ts';
import { readTerminalContent, type TerminalContent } from '../../src/loaders/terminals/content-files.ts';
import {
	chooseOrigin,
	describeOrigin,
	ListError,
	readList,
	type ListOrigin,
	type ReadList,
} from '../../src/loaders/terminals/read-list.ts';
import type { CommandContext } from './context.ts';

export interface FreshList {
	read: ReadList;
	placement: Placement;
	/** `content/terminals/` as read once at the start, the snapshot among it. */
	content: TerminalContent;
}

/** The list named on the command line, else `TERMINALS_PDF`, else the bank's. */
export function originOf(given: string | undefined, env: CommandContext['env']): ListOrigin {
	return chooseOrigin(given === undefined ? env : { ...env, TERMINALS_PDF: given });
}

/**
 * Reads `content/terminals/` once, then reads, parses and places a fresh list against the committed
 * snapshot's ids; on a list that cannot be read, prints the one `error[CODE]: …` line and returns undefined.
 */
export async function freshList(origin: ListOrigin, context: CommandContext): Promise<FreshList | undefined> {
	const content = readTerminalContent(context.root);
	try {
		const read = await readList(origin, {
			synonyms: content.synonyms,
			now: context.now,
			...(context.download === undefined ? {} : { download: context.download }),
		});
		return { read, placement: placeFresh(read, content), content };
	} catch (error) {
		if (!(error instanceof ListError)) throw error;
		context.stderr(
			`error[${error.code}]: ${error.message}; read from ${describeOrigin(origin)}; the snapshot in content/terminals/ is unchanged.`,
		);
		return undefined;
	}
}
