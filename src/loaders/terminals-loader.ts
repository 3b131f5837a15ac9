import type { Loader, LoaderContext } from 'astro/loaders';
import { buildTerminalData, type TerminalData } from './terminals/build-terminal-data.ts';

/**
 * The terminal collections' loaders, written as Astro's own `file()` loader and Starlight's are:
 * objects with a name and a `load` that clears the store and sets each entry through `parseData`.
 * Both collections come from one reading of the list, shared so the PDF is fetched once per build.
 */
let pending: Promise<TerminalData> | undefined;

function terminalData(context: LoaderContext): Promise<TerminalData> {
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

/** The `terminals` collection: one entry per terminal, its id the `#t-<id>` anchor, its data a `PlacedTerminal`. */
export function terminalsLoader(): Loader {
	return {
		name: 'terminals-loader',
		async load(context) {
			const { terminals } = await terminalData(context);
			context.store.clear();
			for (const terminal of terminals) await setEntry(context, terminal.id, terminal);
		},
	};
}

/** The `terminalSource` collection: one entry, `current`, saying where the published list came from. */
export function terminalSourceLoader(): Loader {
	return {
		name: 'terminal-source-loader',
		async load(context) {
			const { source } = await terminalData(context);
			context.store.clear();
			await setEntry(context, 'current', source);
		},
	};
}
