/**
 *   npm run terminals -- geocode [--limit N]
 *
 * Asks OpenStreetMap Nominatim for the snapshot's terminals that have no pin, no printed
 * coordinates and no cache entry yet, one request per second at most, with this project's
 * User-Agent, and keeps every answer for good in content/terminals/geocode-cache.json (written
 * after each one, so an interrupted run loses nothing). Never run by the build.
 * `NOMINATIM_URL` replaces the service's address (tests use a server on 127.0.0.1).
 * Exit status: 0 done, 1 the service failed (what was cached so far is kept), 2 usage mistake.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { geocodeKey } from '../../src/lib/terminals/geocode-key.ts';
import { judgeResults, nominatimIntervalMs, nominatimUrl, searchUrl } from '../../src/lib/terminals/nominatim.ts';
import { whereIs } from '../../src/lib/terminals/place-terminals.ts';
import { fileUrl, readTerminalContent } from '../../src/loaders/terminals/content-files.ts';
import { userAgent } from '../../src/loaders/terminals/fetch-pdf.ts';
import { countingProgress } from '../lib/progress.ts';
import { exit, type CommandContext } from './context.ts';

export const usage = 'usage: terminals geocode [--limit N]';

/** How long to wait for one answer. */
const requestTimeoutMs = 20_000;

export async function geocode(args: readonly string[], context: CommandContext): Promise<number> {
	let limit = Number.POSITIVE_INFINITY;
	try {
		const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { limit: { type: 'string' } } });
		if (positionals.length > 0) throw new Error(`unexpected ${JSON.stringify(positionals[0])}`);
		if (values.limit !== undefined) {
			if (!/^\d+$/.test(values.limit) || Number(values.limit) < 1)
				throw new Error(`--limit must be a whole number above 0, got ${JSON.stringify(values.limit)}`);
			limit = Number(values.limit);
		}
	} catch (error) {
		context.stderr(`${(error as Error).message}\n${usage}`);
		return exit.usage;
	}
	const base = context.env['NOMINATIM_URL']?.trim() || nominatimUrl;
	const {
		snapshot: { terminals },
		pins,
		geocodeCache: cache,
	} = readTerminalContent(context.root);
	const queue = new Map<string, { settlement: string; address: string; region: ReturnType<typeof whereIs>['region'] }>();
	for (const terminal of terminals) {
		if (pins[terminal.id] || terminal.positionSource === 'pdf' || terminal.address.trim() === '') continue;
		const { region, settlement } = whereIs(terminal);
		const key = geocodeKey(settlement, terminal.address);
		if (!(key in cache)) queue.set(key, { settlement, address: terminal.address, region });
	}
	const todo = [...queue].slice(0, limit);
	context.stdout(`${queue.size} addresses not in the cache; asking ${base} for ${todo.length}, at most one a second\n`);
	const counts = { found: 0, 'no-result': 0, 'too-coarse': 0, outside: 0 };
	const progress = countingProgress(context.progress, {
		total: todo.length,
		items: 'addresses',
		now: context.now,
		msPerItemAtLeast: nominatimIntervalMs,
	});
	let last = Number.NEGATIVE_INFINITY;
	for (const [key, query] of todo) {
		const wait = last + nominatimIntervalMs - context.now().getTime();
		if (wait > 0) await context.sleep(wait);
		last = context.now().getTime();
		let entry;
		try {
			const response = await fetch(searchUrl(base, query), {
				headers: { 'user-agent': userAgent, accept: 'application/json' },
				signal: AbortSignal.timeout(requestTimeoutMs),
			});
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			entry = judgeResults(await response.json(), query.region, context.now().toISOString());
		} catch (error) {
			progress.finish();
			context.stderr(
				`error[geocode]: ${base} failed for «${query.address}, ${query.settlement}» (${(error as Error).message}); ${counts.found} positions found so far are kept in content/terminals/geocode-cache.json, run again later.`,
			);
			return exit.noList;
		}
		cache[key] = entry;
		counts[entry.found ? 'found' : entry.reason]++;
		progress.tick(entry.found);
		writeFileSync(fileUrl(context.root, 'geocodeCache'), `${JSON.stringify(cache, null, '\t')}\n`);
	}
	progress.finish();
	context.stdout(
		`${counts.found} found, ${counts['no-result']} not found, ${counts['too-coarse']} only to the settlement or district, ${counts.outside} outside the terminal's region; the next build uses them\n`,
	);
	return exit.ok;
}
