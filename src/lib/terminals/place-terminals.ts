import type { Terminal } from '../terminal-pdf/schema.ts';
import { assignIds, type Known, type Nameable } from './assign-ids.ts';
import type { GeocodeCache } from './geocode-cache-schema.ts';
import { geocodeKey } from './geocode-key.ts';
import type { SettlementMatcher } from './match-settlement.ts';
import type { Pins } from './pins-schema.ts';
import { position } from './position.ts';
import { identifyRegion, type RegionKey } from './regions.ts';
import type { PlacedTerminal, Precision } from './schema.ts';
import { settlementName } from './settlement-name.ts';
import type { IdentityText } from './terminal-id.ts';

/** A parsed row; lists whose PDF prints coordinates carry them. */
export type ParsedRow = Terminal;

interface PlaceContext {
	matcher: SettlementMatcher;
	pins: Pins;
	geocodeCache: GeocodeCache;
	/** The last snapshot's terminals, whose ids carry over. */
	previous: readonly PlacedTerminal[];
}

/** What `update` and the build print in one line. */
interface PlacementReport {
	rows: number;
	counts: Record<Precision, number>;
	/** Settlement names the gazetteer did not give a centre for, each once, with the region as printed. */
	unmatched: string[];
}

export interface Placement {
	terminals: PlacedTerminal[];
	report: PlacementReport;
}

/** The terminal's region and settlement as identity and matching see them. */
export function whereIs(row: Pick<Terminal, 'region' | 'city'>): { region: RegionKey | undefined; settlement: string } {
	const region = identifyRegion(row.region);
	return { region, settlement: settlementName(row.city, region) };
}

function identityOf(row: Terminal): IdentityText {
	return { settlement: whereIs(row).settlement, address: row.address, place: row.place };
}

const printedText = (row: Terminal) => [row.region, row.city, row.address, row.place, row.hours].join(' | ');

/** Gives every parsed row an id and the best position the chain has, and counts how exact they are. */
export function placeTerminals(rows: readonly ParsedRow[], context: PlaceContext): Placement {
	const nameable: Nameable[] = rows.map((row) => ({ identity: identityOf(row), text: printedText(row) }));
	const known: Known[] = context.previous.map((terminal) => ({ id: terminal.id, identity: identityOf(terminal) }));
	const ids = assignIds(nameable, known);
	const counts: Record<Precision, number> = { exact: 0, settlement: 0, none: 0 };
	const unmatched = new Set<string>();
	const terminals = rows.map((row, i): PlacedTerminal => {
		const { region, settlement } = whereIs(row);
		const match = settlement === '' ? undefined : context.matcher.match(settlement, region);
		const centre = match && 'place' in match ? { lat: match.place.lat, lng: match.place.lng } : undefined;
		if (!centre)
			unmatched.add(
				settlement === '' ? `(no settlement) ${row.region}`.trim() : `${settlement}${row.region === '' ? '' : ` (${row.region})`}`,
			);
		const { lat, lng, ...printed } = row;
		const placed = position(
			{
				id: ids[i] as string,
				printed: lat !== undefined && lng !== undefined ? { lat, lng } : undefined,
				geocodeKey: geocodeKey(settlement, row.address),
				centre,
			},
			{ pins: context.pins, geocodeCache: context.geocodeCache },
		);
		counts[placed.precision]++;
		return { ...printed, id: ids[i] as string, ...placed };
	});
	return { terminals, report: { rows: rows.length, counts, unmatched: [...unmatched].sort((a, b) => a.localeCompare(b, 'ru')) } };
}

/** The one line `update` and the build print. */
export function reportLine(report: PlacementReport): string {
	const { exact, settlement, none } = report.counts;
	const names = report.unmatched.length === 0 ? 'none' : report.unmatched.join('; ');
	return `${report.rows} terminals: ${exact} exact, ${settlement} at their settlement's centre, ${none} without a position; settlements not in the gazetteer: ${names}`;
}
