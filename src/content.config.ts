import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GuideSchema } from './schemas/guide.ts';

/** One MDX file per language, named by its locale code: `content/guide/ky.mdx`. */
const guide = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/guide' }),
	schema: GuideSchema(),
});

export const collections = { guide };
