import type { APIRoute } from 'astro';
import { renderSitemap } from '../lib/seo/sitemap.ts';

export const GET: APIRoute = ({ site, url }) =>
	new Response(renderSitemap(site ?? url), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
