import { z } from 'zod';

/** Front matter of one language's guide, `content/guide/<locale>.mdx`. */
export const GuideSchema = () =>
	z.object({
		/** The page's `<h1>` and the start of its `<title>`: what the reader came to do. */
		title: z.string().min(10).max(120),
		/**
		 * The meta description search engines and messengers show under the link.
		 * Kept to a length that search results display whole.
		 */
		description: z.string().min(50).max(170),
		/** Sentence before the steps that says who can pay this way. */
		lead: z.string().min(20),
	});
