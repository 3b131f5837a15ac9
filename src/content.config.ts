import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PlacedTerminalSchema } from './lib/terminals/schema.ts';
import { BuildSourceSchema } from './lib/terminals/source-schema.ts';
import { terminalSourceLoader, terminalsLoader } from './loaders/terminals-loader.ts';
import { GuideSchema } from './schemas/guide.ts';

/** One MDX file per language, named by its locale code: `content/guide/ky.mdx`. */
const guide = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/guide' }),
	schema: GuideSchema(),
});

/** Every cash-in terminal, by id: the bank's PDF (or the committed snapshot) placed on the map. */
const terminals = defineCollection({ loader: terminalsLoader(), schema: PlacedTerminalSchema });

/** One entry, `current`: where `terminals` came from, as `dist/terminals/source.json` publishes it. */
const terminalSource = defineCollection({ loader: terminalSourceLoader(), schema: BuildSourceSchema });

export const collections = { guide, terminals, terminalSource };
