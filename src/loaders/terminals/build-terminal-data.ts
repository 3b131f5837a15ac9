import { formatTerminalWarning } from '../../lib/terminal-pdf/format-warning.ts';
import { checkPins, pinProblemMessage, stalePinMessage } from '../../lib/terminals/check-pins.ts';
import { guardList, guardMessage } from '../../lib/terminals/guards.ts';
import { placeTerminals, reportLine, type ParsedRow, type Placement } from '../../lib/terminals/place-terminals.ts';
import type { PlacedTerminal } from '../../lib/terminals/schema.ts';
import type { BuildSource, SnapshotSource } from '../../lib/terminals/source-schema.ts';
import { readTerminalContent, terminalFiles, type TerminalContent } from './content-files.ts';
import type { DownloadOptions } from './fetch-pdf.ts';
import { chooseOrigin, describeOrigin, ListError, publicOrigin, readList, type ListOrigin, type ReadList } from './read-list.ts';

interface LogLine {
	level: 'info' | 'warn';
	text: string;
}

export interface TerminalData {
	terminals: PlacedTerminal[];
	source: BuildSource;
	log: LogLine[];
}

interface BuildOptions {
	/** The project root, where `content/terminals/` is. */
	root: URL;
	/** `TERMINALS_PDF`, `TERMINALS_URL`, `TERMINALS_STRICT`. */
	env: Readonly<Record<string, string | undefined>>;
	download?: DownloadOptions;
	now?: () => Date;
}

/** A placed terminal back to the parser's row, keeping coordinates the PDF printed. */
function rowOf(terminal: PlacedTerminal): ParsedRow {
	const { n, region, city, address, place, hours, lat, lng } = terminal;
	const row = { n, region, city, address, place, hours };
	return terminal.positionSource === 'pdf' && lat !== undefined && lng !== undefined ? { ...row, lat, lng } : row;
}

/** «01.11.2026» as printed, or the day it was fetched. */
export const snapshotDate = (source: SnapshotSource) => source.date ?? source.fetchedAt.slice(0, 10);

function describeSnapshot(source: SnapshotSource): string {
	const what = source.sample ? "a SAMPLE made from the project's own test rows, not the bank's list" : `from ${source.url ?? source.file}`;
	return `the snapshot of ${snapshotDate(source)} (${source.rows} terminals, ${what})`;
}

/** What a freshly read list says of itself: the `update` command's snapshot source and a build's alike. */
export function sourceOf(read: ReadList, placement: Placement): SnapshotSource {
	const { title, date, ...pdf } = read.list.source;
	return {
		origin: 'url' in read.where ? 'url' : 'file',
		sample: false,
		...read.where,
		...pdf,
		...(title === undefined ? {} : { title }),
		...(date === undefined ? {} : { date }),
		fetchedAt: read.fetchedAt,
		rows: placement.report.rows,
		counts: placement.report.counts,
		unmatched: placement.report.unmatched,
		warnings: read.list.warnings,
	};
}

/** A fresh list, placed against the snapshot's ids: the one placing a list gets. */
export const placeFresh = (read: ReadList, content: TerminalContent): Placement =>
	placeTerminals(read.list.terminals, { ...content, previous: content.snapshot.terminals });

/** The snapshot placed again, so pins, cache entries and gazetteer names added since it was written apply. */
const placeSnapshot = (content: TerminalContent): Placement =>
	placeTerminals(content.snapshot.terminals.map(rowOf), { ...content, previous: content.snapshot.terminals });

/** Why the fresh list is not published, said with the origin as `where` gives it (the log may name a path, `source.json` never). */
type Refusal = (where: string) => string;

/** The guards between the fresh list and the snapshot; the very file the snapshot was accepted from (`update --accept`) already overruled them. */
function guard(read: ReadList, placement: Placement, content: TerminalContent): Refusal | undefined {
	if (read.list.source.sha256 === content.snapshot.source.sha256) return undefined;
	const problems = guardList(placement.terminals, { terminals: content.snapshot.terminals, sample: content.snapshot.source.sample });
	if (problems.length === 0) return undefined;
	const said = problems.map((problem) => `${guardMessage(problem)} [${problem.code}]`).join('; ');
	return (where) => `the terminal list from ${where} failed its checks: ${said}`;
}

/** The fresh list read, placed and guarded, or why it is refused. */
async function freshList(
	origin: ListOrigin,
	content: TerminalContent,
	options: BuildOptions,
): Promise<{ read: ReadList; placement: Placement } | { refusal: Refusal }> {
	let read: ReadList;
	try {
		read = await readList(origin, { ...options, synonyms: content.synonyms });
	} catch (error) {
		if (!(error instanceof ListError)) throw error;
		return { refusal: (where) => `the terminal list could not be used from ${where}: ${error.message} [${error.code}]` };
	}
	const placement = placeFresh(read, content);
	const refusal = guard(read, placement, content);
	return refusal ? { refusal } : { read, placement };
}

/** Pins against the list chosen: one in another region than its terminal fails the build; one for a missing id is a warning. */
function pinLog(terminals: readonly PlacedTerminal[], content: TerminalContent): LogLine[] {
	const { wrongRegion, stale } = checkPins(content.pins, terminals, content.gazetteer.places);
	if (wrongRegion.length > 0)
		throw new Error(
			`terminals: error[pin-region]: ${terminalFiles.pins}: ${wrongRegion.map(pinProblemMessage).join('; ')}. Move the pin to the terminal, or remove it.`,
		);
	return stale.length === 0 ? [] : [{ level: 'warn', text: `terminals: warning[stale-pin]: ${stalePinMessage(stale)}` }];
}

function warningLog(read: ReadList): LogLine[] {
	const { warnings } = read.list;
	if (warnings.length === 0) return [];
	return [
		{ level: 'warn', text: `terminals: the list has ${warnings.length} warning(s): ${warnings.map(formatTerminalWarning).join('; ')}` },
	];
}

/**
 * The terminals a build publishes, in one pass: every file of `content/terminals/` read once, then
 * the fresh list (`TERMINALS_PDF`, else the bank's URL) read, placed and guarded, then chosen over
 * the snapshot or not, then published. When the fresh list fails or fails a guard, the committed
 * snapshot is published and one log line says why; with `TERMINALS_STRICT=1` that is an error
 * instead. Reads `content/`, never writes it.
 */
export async function buildTerminalData(options: BuildOptions): Promise<TerminalData> {
	const content = readTerminalContent(options.root);
	const origin = chooseOrigin(options.env);
	const fresh = await freshList(origin, content, options);
	if ('read' in fresh) {
		const { read, placement } = fresh;
		return {
			terminals: placement.terminals,
			source: sourceOf(read, placement),
			log: [
				{ level: 'info', text: `terminals: ${reportLine(placement.report)}` },
				...warningLog(read),
				...pinLog(placement.terminals, content),
			],
		};
	}
	const reason = fresh.refusal(describeOrigin(origin));
	const { source } = content.snapshot;
	if (options.env['TERMINALS_STRICT'] === '1')
		throw new Error(`terminals: ${reason}; TERMINALS_STRICT=1 forbids falling back to ${describeSnapshot(source)}.`);
	const snapshot = placeSnapshot(content);
	return {
		terminals: snapshot.terminals,
		source: {
			...source,
			origin: 'snapshot',
			counts: snapshot.report.counts,
			unmatched: snapshot.report.unmatched,
			fallback: fresh.refusal(publicOrigin(origin)),
		},
		log: [
			{ level: 'warn', text: `terminals: ${reason}; using ${describeSnapshot(source)}.` },
			{ level: 'info', text: `terminals: ${reportLine(snapshot.report)}` },
			...pinLog(snapshot.terminals, content),
		],
	};
}
