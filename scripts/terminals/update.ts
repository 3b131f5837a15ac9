/**
 *   npm run terminals -- update [file.pdf | URL] [--accept]
 *
 * Takes the list (the argument, else TERMINALS_PDF, else the bank's URL), parses, places and
 * guards it, and writes content/terminals/terminals.json and source.json. Exit status:
 *   0  the snapshot was written (or already held this list)
 *   1  the list could not be read (one `error[CODE]: …` line); the snapshot is unchanged
 *   2  usage mistake
 *   3  the list failed a guard; the snapshot is unchanged and the diff summary printed;
 *      `--accept` takes it on purpose (not a list the site could not load: bad rows, ids twice)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatTerminalWarning } from '../../src/lib/terminal-pdf/format-warning.ts';
import { diffLists } from '../../src/lib/terminals/diff.ts';
import { diffSummary } from '../../src/lib/terminals/diff-markdown.ts';
import { checkPins, pinProblemMessage, stalePinMessage } from '../../src/lib/terminals/check-pins.ts';
import { guardList, guardMessage, type GuardProblem } from '../../src/lib/terminals/guards.ts';
import { reportLine } from '../../src/lib/terminals/place-terminals.ts';
import { sourceOf } from '../../src/loaders/terminals/build-terminal-data.ts';
import { fileUrl } from '../../src/loaders/terminals/content-files.ts';
import { describeOrigin } from '../../src/loaders/terminals/read-list.ts';
import { withActivity } from '../lib/progress.ts';
import { exit, type CommandContext } from './context.ts';
import { freshList, originOf } from './fresh-list.ts';

export const usage = 'usage: terminals update [file.pdf | URL] [--accept]';
export const updateExit = { ...exit, guarded: 3 } as const;

/** Problems `--accept` cannot take: the site could not load such a snapshot. */
const unacceptable: ReadonlySet<GuardProblem['code']> = new Set(['schema', 'duplicate-id']);

const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

export async function update(args: readonly string[], context: CommandContext): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ args: [...args], allowPositionals: true, options: { accept: { type: 'boolean', default: false } } });
	} catch (error) {
		context.stderr(`${(error as Error).message}\n${usage}`);
		return updateExit.usage;
	}
	const [given, ...rest] = parsed.positionals;
	if (rest.length > 0) {
		context.stderr(usage);
		return updateExit.usage;
	}
	const origin = originOf(given, context.env);
	const reading = `${origin.origin === 'url' ? 'downloading and parsing' : 'parsing'} ${describeOrigin(origin)}`;
	const fresh = await withActivity(context.progress, reading, context.now, () => freshList(origin, context));
	if (!fresh) return updateExit.noList;
	const { placement, content } = fresh;
	const { snapshot } = content;
	const summary = diffSummary(diffLists(snapshot.terminals, placement.terminals));
	context.stdout(`${reportLine(placement.report)}\nagainst the snapshot: ${summary}\n`);
	for (const warning of fresh.read.list.warnings) context.stderr(`warning[${warning.code}]: ${formatTerminalWarning(warning)}`);
	const pins = checkPins(content.pins, placement.terminals, content.gazetteer.places);
	if (pins.stale.length > 0) context.stderr(`warning[stale-pin]: ${stalePinMessage(pins.stale)}`);
	// The snapshot is still written: pins.json is a file of its own, and the build refuses it until the pin is moved.
	for (const problem of pins.wrongRegion)
		context.stderr(
			`warning[pin-region]: content/terminals/pins.json: ${pinProblemMessage(problem)}; the build fails until it is moved or removed.`,
		);
	const problems = guardList(placement.terminals, { terminals: snapshot.terminals, sample: snapshot.source.sample });
	for (const problem of problems) context.stderr(`guard[${problem.code}]: ${guardMessage(problem)}`);
	const refused = problems.filter((problem) => unacceptable.has(problem.code));
	if (refused.length > 0 || (problems.length > 0 && !parsed.values.accept)) {
		context.stderr(
			refused.length > 0
				? 'the snapshot is unchanged: the site could not load this list, --accept or not; report it to the parser’s maintainers.'
				: 'the snapshot is unchanged; if the change is real (the bank closed terminals, renumbered its list), run again with --accept.',
		);
		return updateExit.guarded;
	}
	writeFileSync(fileUrl(context.root, 'snapshotTerminals'), json(placement.terminals));
	writeFileSync(fileUrl(context.root, 'snapshotSource'), json(sourceOf(fresh.read, fresh.placement)));
	context.stdout(
		`snapshot written: content/terminals/terminals.json and source.json${problems.length > 0 ? ' (accepted despite the guards above)' : ''}; review it with git diff or npm run terminals -- diff\n`,
	);
	return updateExit.ok;
}
