import { formatTerminalWarning } from '../../lib/terminals/format-warning.ts';
import { guardList, guardMessage } from '../../lib/terminal-data/guards.ts';
import { placeTerminals, reportLine, type ParsedRow, type Placement } from '../../lib/terminal-data/place-terminals.ts';
import type { PlacedTerminal } from '../../lib/terminal-data/schema.ts';
import type { BuildSource, SnapshotSource } from '../../lib/terminal-data/source-schema.ts';
import { readPlacementFiles, readSnapshot, readSynonyms, type Snapshot } from './content-files.ts';
import type { DownloadOptions } from './fetch-pdf.ts';
import { chooseOrigin, describeOrigin, ListError, readList, type ReadList } from './read-list.ts';

export interface LogLine {
	level: 'info' | 'warn';
	text: string;
}

export interface TerminalData {
	terminals: PlacedTerminal[];
	source: BuildSource;
	log: LogLine[];
}

export interface BuildOptions {
	/** The project root, where `content/terminals/` is. */
	root: URL;
	/** `TERMINALS_PDF`, `TERMINALS_URL`, `TERMINALS_STRICT`. */
	env: Readonly<Record<string, string | undefined>>;
	download?: DownloadOptions;
	now?: () => Date;
}

/** A placed terminal back to the parser's row, keeping coordinates the PDF printed. */
export function rowOf(terminal: PlacedTerminal): ParsedRow {
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

/** Fresh list or why not: the list is read, placed against the snapshot's ids, and guarded. */
async function tryFresh(options: BuildOptions, snapshot: Snapshot): Promise<{ read: ReadList; placement: Placement } | { reason: string }> {
	const origin = chooseOrigin(options.env);
	const where = describeOrigin(origin);
	let read: ReadList;
	try {
		read = await readList(origin, { synonyms: readSynonyms(options.root), ...options });
	} catch (error) {
		if (error instanceof ListError)
			return { reason: `the terminal list could not be used from ${where}: ${error.message} [${error.code}]` };
		throw error;
	}
	const placement = placeTerminals(read.list.terminals, { ...readPlacementFiles(options.root), previous: snapshot.terminals });
	// The very file the snapshot was made from was accepted on purpose (`update --accept`): its guards were already overruled.
	const problems = read.list.source.sha256 === snapshot.source.sha256 ? [] : guardList(placement.terminals, snapshot.source);
	if (problems.length > 0)
		return {
			reason: `the terminal list from ${where} failed its checks: ${problems.map((problem) => `${guardMessage(problem)} [${problem.code}]`).join('; ')}`,
		};
	return { read, placement };
}

/**
 * The terminals a build publishes, in the issue's order: `TERMINALS_PDF`, else the bank's URL, else
 * (when that fails or fails a guard) the committed snapshot, said in one log line. With
 * `TERMINALS_STRICT=1` a fallback is an error instead. Reads `content/`, never writes it.
 */
export async function buildTerminalData(options: BuildOptions): Promise<TerminalData> {
	const snapshot = readSnapshot(options.root);
	const fresh = await tryFresh(options, snapshot);
	if ('read' in fresh) {
		const { warnings } = fresh.read.list;
		return {
			terminals: fresh.placement.terminals,
			source: sourceOf(fresh.read, fresh.placement),
			log: [
				{ level: 'info', text: `terminals: ${reportLine(fresh.placement.report)}` },
				...(warnings.length === 0
					? []
					: [
							{
								level: 'warn' as const,
								text: `terminals: the list has ${warnings.length} warning(s): ${warnings.map(formatTerminalWarning).join('; ')}`,
							},
						]),
			],
		};
	}
	if (options.env['TERMINALS_STRICT'] === '1')
		throw new Error(`terminals: ${fresh.reason}; TERMINALS_STRICT=1 forbids falling back to ${describeSnapshot(snapshot.source)}.`);
	const placement = placeTerminals(snapshot.terminals.map(rowOf), { ...readPlacementFiles(options.root), previous: snapshot.terminals });
	return {
		terminals: placement.terminals,
		source: {
			...snapshot.source,
			origin: 'snapshot',
			counts: placement.report.counts,
			unmatched: placement.report.unmatched,
			fallback: fresh.reason,
		},
		log: [
			{ level: 'warn', text: `terminals: ${fresh.reason}; using ${describeSnapshot(snapshot.source)}.` },
			{ level: 'info', text: `terminals: ${reportLine(placement.report)}` },
		],
	};
}
