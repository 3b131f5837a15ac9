import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { terminalPositions } from '../../lib/finder/positions.ts';

/** The map's pins, fetched only when a reader opens the map; the list itself is the page's HTML. */
export const GET: APIRoute = async () => {
	const terminals = (await getCollection('terminals')).map(({ data }) => data);
	return new Response(JSON.stringify(terminalPositions(terminals)), { headers: { 'Content-Type': 'application/json' } });
};
