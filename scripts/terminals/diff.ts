/**
 *   npm run --silent terminals -- diff [file.pdf | URL]
 *
 * Prints, as Markdown for a pull request, what the list (the argument, else TERMINALS_PDF, else
 * the bank's URL) adds, removes and changes against the committed snapshot, by id. Writes nothing.
 * Exit status: 0 printed, 1 the list could not be read, 2 usage mistake.
 */
import { parseArgs } from 'node:util';
import { diffLists } from '../../src/lib/terminals/diff.ts';
import { diffMarkdown } from '../../src/lib/terminals/diff-markdown.ts';
import { snapshotDate } from '../../src/loaders/terminals/build-terminal-data.ts';
import { exit, type CommandContext } from './context.ts';
import { freshList, originOf } from './fresh-list.ts';

export const usage = 'usage: terminals diff [file.pdf | URL]';

export async function diff(args: readonly string[], context: CommandContext): Promise<number> {
	let positionals: string[];
	try {
		({ positionals } = parseArgs({ args: [...args], allowPositionals: true, options: {} }));
	} catch (error) {
		context.stderr(`${(error as Error).message}\n${usage}`);
		return exit.usage;
	}
	const [given, ...rest] = positionals;
	if (rest.length > 0) {
		context.stderr(usage);
		return exit.usage;
	}
	const fresh = await freshList(originOf(given, context.env), context);
	if (!fresh) return exit.noList;
	const { read, placement } = fresh;
	const { snapshot } = fresh.content;
	const from = `the snapshot of ${snapshotDate(snapshot.source)}${snapshot.source.sample ? ' (sample)' : ''}`;
	const to = `the list of ${read.list.source.date ?? read.fetchedAt.slice(0, 10)} (${'url' in read.where ? read.where.url : read.where.file})`;
	context.stdout(diffMarkdown(diffLists(snapshot.terminals, placement.terminals), `Terminal list: ${from} → ${to}`));
	return exit.ok;
}
