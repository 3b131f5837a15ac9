import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileUrl, terminalFiles, type TerminalFile } from './terminals/content-files.ts';
import { buildTerminalData, type TerminalData } from './terminals/build-terminal-data.ts';

/**
 * The terminal collections' loaders, written as Astro's own `file()` loader and Starlight's are:
 * objects with a name and a `load` that clears the store and sets each entry through `parseData`.
 * Both collections come from one reading of the list, shared so the PDF is fetched once per build;
 * in `astro dev`, editing a file in `content/terminals/` (a pin, the snapshot) reads it again.
 */
let pending: Promise<TerminalData> | undefined;
let watching = false;

function contentPaths(context: LoaderContext): Set<string> {
	return new Set((Object.keys(terminalFiles) as TerminalFile[]).map((file) => fileURLToPath(fileUrl(context.config.root, file))));
}

function terminalData(context: LoaderContext): Promise<TerminalData> {
	if (context.watcher && !watching) {
		watching = true;
		const paths = contentPaths(context);
		context.watcher.add([...paths]);
		// Registered before either loader's own listener, so both re-read one new reading.
		context.watcher.on('change', (path) => {
			if (paths.has(path)) pending = undefined;
		});
	}
	pending ??= buildTerminalData({ root: context.config.root, env: process.env }).then((data) => {
		for (const line of data.log) context.logger[line.level](line.text);
		return data;
	});
	return pending;
}

async function setEntry(context: LoaderContext, id: string, raw: Record<string, unknown>): Promise<void> {
	const data = await context.parseData({ id, data: raw });
	context.store.set({ id, data, digest: context.generateDigest(data) });
}

/** Runs `sync` now, and again in `astro dev` whenever a terminal content file changes. */
async function loadAndWatch(context: LoaderContext, sync: (data: TerminalData) => Promise<void>): Promise<void> {
	await sync(await terminalData(context));
	if (!context.watcher) return;
	const paths = contentPaths(context);
	context.watcher.on('change', async (path) => {
		if (paths.has(path)) await sync(await terminalData(context));
	});
}

/** The `terminals` collection: one entry per terminal, its id the `#t-<id>` anchor, its data a `PlacedTerminal`. */
export function terminalsLoader(): Loader {
	return {
		name: 'terminals-loader',
		load: (context) =>
			loadAndWatch(context, async ({ terminals }) => {
				context.store.clear();
				for (const terminal of terminals) await setEntry(context, terminal.id, terminal);
			}),
	};
}

/** The `terminalSource` collection: one entry, `current`, saying where the published list came from. */
export function terminalSourceLoader(): Loader {
	return {
		name: 'terminal-source-loader',
		load: (context) =>
			loadAndWatch(context, async ({ source }) => {
				context.store.clear();
				await setEntry(context, 'current', source);
			}),
	};
}
