import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

/** `dist/terminals/source.json`: what the deployed site's terminal list is, for anyone to check. */
export const GET: APIRoute = async () => {
	const source = await getEntry('terminalSource', 'current');
	if (!source) throw new Error('the terminalSource collection has no "current" entry; the terminals loader did not run');
	return new Response(`${JSON.stringify(source.data, null, '\t')}\n`, { headers: { 'content-type': 'application/json' } });
};
