import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTerminalData } from '../../../src/loaders/terminals/build-terminal-data.ts';
import { downloadDefaults } from '../../../src/loaders/terminals/fetch-pdf.ts';
import { loopbackServer } from '../../support/loopback-server.ts';
import { bad, fixtures } from '../../lib/terminal-pdf/fixtures.ts';
import { tempRoot } from './temp-root.ts';

// Each PDF is parsed once in this file, however many builds read it.
vi.mock(import('../../../src/lib/terminal-pdf/parse-in-worker.ts'), async (importOriginal) =>
	(await import('./parse-once.ts')).parseOnce(await importOriginal()),
);

const terminalData = new URL('../../fixtures/terminals/', import.meta.url);
const goodPdf = readFileSync(new URL('ruled-region-column.pdf', fixtures));
const download = { ...downloadDefaults, timeoutMs: 1500, maxBytes: 200_000 };

let server: Awaited<ReturnType<typeof loopbackServer>>;
let closedPortUrl: string;
beforeAll(async () => {
	const closed = await loopbackServer({});
	closedPortUrl = closed.url('/cashin_terminals_list.pdf');
	await closed.close();
	server = await loopbackServer({
		'/good.pdf': (_, response) => response.writeHead(200, { 'content-type': 'application/pdf' }).end(goodPdf),
		'/login.pdf': (_, response) =>
			response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html><body>Войдите</body></html>'),
		'/slow.pdf': (_, response) => {
			response.writeHead(200, { 'content-type': 'application/pdf' });
			response.write(goodPdf.subarray(0, 100));
			// …and the rest never comes.
		},
		'/huge.pdf': (_, response) => {
			response.writeHead(200, { 'content-type': 'application/pdf' });
			const chunk = Buffer.alloc(64 * 1024, 0x20);
			chunk.write('%PDF-1.7\n');
			const pump = () => {
				while (response.write(chunk));
				if (!response.destroyed) response.once('drain', pump);
			};
			pump();
		},
		'/declared-huge.pdf': (_, response) =>
			response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '900000000' }).end(),
		'/gone.pdf': (_, response) => response.writeHead(503).end('maintenance'),
	});
});
afterAll(() => server.close());

let roots: ReturnType<typeof tempRoot>[] = [];
afterEach(() => {
	for (const root of roots) root.remove();
	roots = [];
});
function setup() {
	const root = tempRoot();
	roots.push(root);
	return root;
}
const build = (root: ReturnType<typeof tempRoot>, env: Record<string, string>) => buildTerminalData({ root: root.root, env, download });

describe('where the build takes the list from', () => {
	it('takes the bank URL (TERMINALS_URL in tests) when it serves a PDF, with a real User-Agent', async () => {
		const root = setup();
		const data = await build(root, { TERMINALS_URL: server.url('/good.pdf') });
		expect(data.source).toMatchObject({ origin: 'url', url: server.url('/good.pdf'), sample: false, rows: 80, date: '01.11.2026' });
		expect(data.source.fallback).toBeUndefined();
		expect(data.terminals).toHaveLength(80);
		expect(data.log.map((line) => line.text)).toEqual([
			expect.stringMatching(/^terminals: 80 terminals: 0 exact, \d+ at their settlement/),
		]);
		expect(server.requests.at(-1)?.headers['user-agent']).toMatch(/^Mozilla\/5\.0 \(compatible; optima24-pay-help/);
	});

	it('takes TERMINALS_PDF, a local file, before the URL, and publishes only its file name', async () => {
		const root = setup();
		const before = server.requests.length;
		const data = await build(root, {
			TERMINALS_PDF: fileURLToPath(new URL('no-lines.pdf', fixtures)),
			TERMINALS_URL: server.url('/good.pdf'),
		});
		expect(server.requests.length).toBe(before);
		expect(data.source).toMatchObject({ origin: 'file', file: 'no-lines.pdf', rows: 100 });
	});

	it('takes TERMINALS_PDF as an http(s) URL', async () => {
		const data = await build(setup(), { TERMINALS_PDF: server.url('/good.pdf') });
		expect(data.source).toMatchObject({ origin: 'url', url: server.url('/good.pdf') });
	});

	it.each([
		['an HTML page', '/login.pdf', 'not-pdf', /expected a PDF, got text\/html starting with "<!DOCTYPE html><html><bo"/],
		['a response that stalls', '/slow.pdf', 'timeout', /did not finish within 1\.5 s/],
		['an endless response', '/huge.pdf', 'too-large', /larger than 200000 bytes/],
		['a response declared huge', '/declared-huge.pdf', 'too-large', /larger than 200000 bytes/],
		['a server error', '/gone.pdf', 'http-status', /HTTP 503/],
	])('falls back to the snapshot on %s, saying so in one line', async (_, path, code, words) => {
		const root = setup();
		const data = await build(root, { TERMINALS_URL: server.url(path) });
		expect(data.source.origin).toBe('snapshot');
		expect(data.source.sample).toBe(true);
		expect(data.source.fallback).toMatch(words);
		expect(data.source.fallback).toContain(`[${code}]`);
		expect(data.terminals).toHaveLength(240);
		const warnings = data.log.filter((line) => line.level === 'warn');
		expect(warnings).toHaveLength(1);
		expect(warnings[0]?.text).toMatch(/; using the snapshot of 2026-11-25 \(240 terminals, a SAMPLE made from the project's own test rows/);
	});

	it('falls back when nothing listens', async () => {
		const data = await build(setup(), { TERMINALS_URL: closedPortUrl });
		expect(data.source.fallback).toMatch(/could not reach the server \(.*ECONNREFUSED.*\) \[unreachable\]/);
	});

	it('falls back when TERMINALS_PDF names no file: the log names the path, source.json only the file name', async () => {
		const data = await build(setup(), { TERMINALS_PDF: '/nonexistent/list.pdf' });
		expect(data.source.fallback).toBe(
			'the terminal list could not be used from list.pdf: the file cannot be read (ENOENT); check the path given (TERMINALS_PDF or the argument) [unreadable-file]',
		);
		expect(JSON.stringify(data.source)).not.toContain('/nonexistent');
		expect(data.log[0]?.text).toContain('could not be used from /nonexistent/list.pdf: the file cannot be read (ENOENT)');
	});

	it.each([
		['encrypted.pdf', 'encrypted', /protected by a password/],
		['scanned.pdf', 'no-text', /no text on its 1 page/],
		['truncated.pdf', 'damaged', /truncated or corrupt/],
		['no-table.pdf', 'no-table', /no terminal table was found/],
	])('words the parser’s error for %s for a build log, without command-line flags or the local directory', async (file, code, words) => {
		const path = fileURLToPath(new URL(file, bad));
		const data = await build(setup(), { TERMINALS_PDF: path });
		expect(data.source.fallback).toMatch(words);
		expect(data.source.fallback).toContain(`[${code}]`);
		expect(data.source.fallback).toContain(`from ${file}:`);
		expect(data.source.fallback).not.toMatch(/--max|--timeout/);
		expect(JSON.stringify(data.source)).not.toContain(dirname(path));
	});

	it('fails instead of falling back with TERMINALS_STRICT=1', async () => {
		await expect(build(setup(), { TERMINALS_URL: server.url('/login.pdf'), TERMINALS_STRICT: '1' })).rejects.toThrow(
			/\[not-pdf\]; TERMINALS_STRICT=1 forbids falling back to the snapshot of 2026-11-25/,
		);
	});
});

describe('the guards between a fresh list and the snapshot', () => {
	it('let a real list replace a sample of three times its length (no drift guard against a sample)', async () => {
		const data = await build(setup(), { TERMINALS_URL: server.url('/good.pdf') });
		expect(data.source.origin).toBe('url');
	});

	it('keep a real snapshot when the new list has fewer than 80 % of its rows', async () => {
		const root = setup();
		root.makeReal({ sha256: 'a'.repeat(64) });
		const data = await build(root, { TERMINALS_URL: server.url('/good.pdf') });
		expect(data.source).toMatchObject({ origin: 'snapshot', sample: false, rows: 240 });
		expect(data.source.fallback).toMatch(
			/failed its checks: the new list has 80 terminals, fewer than 80 % of the snapshot's 240 \[shrunk\]/,
		);
	});

	it('skip the guards for the very file the snapshot was accepted from', async () => {
		const root = setup();
		root.makeReal({ sha256: '61a2c93936a3beaf4edcf49e4e25aeb2659e29eb4efedce67d6ac5f3aaf779c6' });
		const data = await build(root, { TERMINALS_URL: server.url('/good.pdf') });
		expect(data.source.origin).toBe('url');
	});

	it('carry the snapshot’s ids over to the fresh list', async () => {
		const root = setup();
		const first = await build(root, { TERMINALS_URL: server.url('/good.pdf') });
		root.write(
			'terminals.json',
			first.terminals.map((terminal) => ({ ...terminal, id: `kept-${terminal.n}` })),
		);
		root.write('source.json', { ...root.snapshot().source, rows: first.terminals.length });
		const again = await build(root, { TERMINALS_URL: server.url('/good.pdf') });
		expect(again.terminals.map((terminal) => terminal.id)).toEqual(first.terminals.map((terminal) => `kept-${terminal.n}`));
	});
});

describe('a list that lost its town and region columns (no-town.pdf: the sample’s 240 rows, no place for any)', () => {
	const noTown = fileURLToPath(new URL('no-town.pdf', terminalData));

	it('is refused against a real snapshot that placed its terminals: guard[unplaced], the snapshot kept, the columns named', async () => {
		const root = setup();
		root.makeReal({ sha256: 'a'.repeat(64) });
		const data = await build(root, { TERMINALS_PDF: noTown });
		expect(data.source).toMatchObject({ origin: 'snapshot', rows: 240, counts: { exact: 0, settlement: 232, none: 8 } });
		expect(data.source.fallback).toBe(
			'the terminal list from no-town.pdf failed its checks: the new list places 0 of 240 terminals (0 %) on the map, against 232 of 240 (97 %) in the snapshot: the region and settlement (town) column is empty in every row (renamed or dropped? add its heading to content/terminals/header-synonyms.json) [unplaced]',
		);
		expect(data.terminals.filter((terminal) => terminal.precision !== 'none')).toHaveLength(232);
	});

	it('fails a strict build', async () => {
		const root = setup();
		root.makeReal({ sha256: 'a'.repeat(64) });
		await expect(build(root, { TERMINALS_PDF: noTown, TERMINALS_STRICT: '1' })).rejects.toThrow(/\[unplaced\]; TERMINALS_STRICT=1 forbids/);
	});
});

describe('pins, checked like coordinates printed in the PDF', () => {
	const pinned = (root: ReturnType<typeof tempRoot>, index: number, lat: number, lng: number) => {
		const terminal = root.snapshot().terminals[index];
		if (!terminal) throw new Error('the sample has this row');
		root.write('pins.json', { [terminal.id]: { lat, lng, note: 'set by hand' } });
		return terminal;
	};

	it.each([
		['Almaty', 43.238, 76.945, 28],
		['Tashkent', 41.2995, 69.2401, 81],
		['Kashgar', 39.4704, 75.9898, 92],
	])('a pin in %s fails the build naming pins.json, the id and where it fell', async (_, lat, lng, km) => {
		const root = setup();
		const terminal = pinned(root, 0, lat, lng);
		await expect(build(root, { TERMINALS_URL: closedPortUrl })).rejects.toThrow(
			`content/terminals/pins.json is not valid:\n✖ ${lat}, ${lng}, ${km} km beyond Kyrgyzstan's border (content/terminals/kyrgyzstan-outline.json); expected a position in Kyrgyzstan\n  → at ["${terminal.id}"]`,
		);
	});

	it('a pin in another region than its terminal fails the build', async () => {
		const root = setup();
		const index = root.snapshot().terminals.findIndex((terminal) => terminal.region === 'г. Бишкек');
		const terminal = pinned(root, index, 40.5283, 72.7985);
		await expect(build(root, { TERMINALS_URL: closedPortUrl })).rejects.toThrow(
			new RegExp(
				`^terminals: error\\[pin-region\\]: content/terminals/pins\\.json: the pin for ${terminal.id} at 40\\.5283, 72\\.7985 is nearest Osh \\(GeoNames region \\d\\d\\), \\d+ km from any settlement of «г\\. Бишкек», where the list puts the terminal\\. Move the pin`,
			),
		);
	});

	it('a pin at the edge of its own region is kept', async () => {
		const root = setup();
		const index = root.snapshot().terminals.findIndex((terminal) => terminal.region === 'г. Бишкек');
		pinned(root, index, 42.8801, 74.6102);
		const data = await build(root, { TERMINALS_URL: closedPortUrl });
		expect(data.terminals[index]).toMatchObject({ positionSource: 'pin', lat: 42.8801 });
	});

	it('a pin for an id the list lacks is warning[stale-pin] in the build', async () => {
		const root = setup();
		root.write('pins.json', { 'bishkek-closed-terminal': { lat: 42.87, lng: 74.6, note: 'closed in October' } });
		const data = await build(root, { TERMINALS_URL: closedPortUrl });
		expect(data.log).toContainEqual({
			level: 'warn',
			text: 'terminals: warning[stale-pin]: content/terminals/pins.json pins ids this list no longer has: bishkek-closed-terminal; move or remove those pins.',
		});
	});
});

describe('a broken snapshot or content file fails the build, naming the file and what to do', () => {
	it('an id given to two rows', async () => {
		const root = setup();
		const { terminals } = root.snapshot();
		root.write(
			'terminals.json',
			terminals.map((terminal, i) => (i === 1 ? { ...terminal, id: terminals[0]?.id } : terminal)),
		);
		await expect(build(root, { TERMINALS_URL: closedPortUrl })).rejects.toThrow(
			`content/terminals/terminals.json cannot be used: the id ${terminals[0]?.id} is given to rows № 1, № 2.`,
		);
	});

	it('rows that are not its source’s count', async () => {
		const root = setup();
		root.write('terminals.json', root.snapshot().terminals.slice(1));
		await expect(build(root, { TERMINALS_URL: closedPortUrl })).rejects.toThrow(
			'content/terminals/terminals.json cannot be used: it holds 239 terminals, but source.json says "rows": 240.',
		);
	});

	it('a missing gazetteer, with the command that rewrites it', async () => {
		const root = setup();
		rmSync(new URL('content/terminals/gazetteer.json', root.root));
		await expect(build(root, { TERMINALS_URL: closedPortUrl })).rejects.toThrow(
			'content/terminals/gazetteer.json cannot be read (ENOENT); it should hold Kyrgyzstan’s settlements with their positions (a GeoNames slice): npm run gazetteer rewrites it.',
		);
	});

	it('but not a missing pins.json or geocode cache, which read as empty', async () => {
		const root = setup();
		rmSync(new URL('content/terminals/pins.json', root.root));
		rmSync(new URL('content/terminals/geocode-cache.json', root.root));
		const data = await build(root, { TERMINALS_URL: closedPortUrl });
		expect(data.terminals).toHaveLength(240);
	});

	it('a snapshot file that is not JSON', async () => {
		const root = setup();
		root.write('source.json', '{');
		await expect(build(root, { TERMINALS_URL: closedPortUrl })).rejects.toThrow(/^content\/terminals\/source\.json is not valid/);
	});
});

describe('the snapshot as the build reads it', () => {
	it('applies pins added since the snapshot was written, keeping every id', async () => {
		const root = setup();
		const { terminals } = root.snapshot();
		const pinned = terminals[5]?.id as string;
		root.write('pins.json', { [pinned]: { lat: 42.8801, lng: 74.6102, note: 'moved to the side entrance, checked on site' } });
		const data = await build(root, { TERMINALS_URL: closedPortUrl });
		expect(data.terminals.map((terminal) => terminal.id)).toEqual(terminals.map((terminal) => terminal.id));
		expect(data.terminals[5]).toMatchObject({ lat: 42.8801, lng: 74.6102, precision: 'exact', positionSource: 'pin' });
		expect(data.source.counts.exact).toBe(1);
	});

	it('never writes into content/', async () => {
		const root = setup();
		const before = ['terminals.json', 'source.json', 'geocode-cache.json', 'pins.json'].map(root.read);
		await build(root, { TERMINALS_URL: server.url('/good.pdf') });
		await build(root, { TERMINALS_URL: server.url('/login.pdf') });
		expect(['terminals.json', 'source.json', 'geocode-cache.json', 'pins.json'].map(root.read)).toEqual(before);
	});
});

describe('coordinates printed in the PDF', () => {
	it('place a terminal exactly (positionSource pdf), and a pin still wins over them', async () => {
		const root = setup();
		const expected = JSON.parse(readFileSync(new URL('coordinates-column.expected.json', fixtures), 'utf8')) as {
			terminals: { lat?: number; lng?: number }[];
		};
		const printed = expected.terminals.filter((row) => row.lat !== undefined).length;
		const first = await build(root, { TERMINALS_PDF: fileURLToPath(new URL('coordinates-column.pdf', fixtures)) });
		const fromPdf = first.terminals.filter((terminal) => terminal.positionSource === 'pdf');
		expect(fromPdf.length).toBe(printed);
		expect(first.source.counts.exact).toBe(printed);
		const [pinned] = fromPdf;
		if (!pinned) throw new Error('the fixture prints coordinates');
		expect({ lat: pinned.lat, lng: pinned.lng }).toEqual({
			lat: expected.terminals[pinned.n - 1]?.lat,
			lng: expected.terminals[pinned.n - 1]?.lng,
		});
		root.write('pins.json', { [pinned.id]: { lat: 42.8801, lng: 74.6102, note: 'the PDF puts it across the road' } });
		const again = await build(root, { TERMINALS_PDF: fileURLToPath(new URL('coordinates-column.pdf', fixtures)) });
		expect(again.terminals.find((terminal) => terminal.id === pinned.id)).toMatchObject({ positionSource: 'pin', lat: 42.8801 });
	});
});
