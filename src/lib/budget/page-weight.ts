import { gzipSync } from 'node:zlib';

interface PageWeight {
	/** The HTML document as sent, with its inline `<style>` and `<script>`. */
	html: number;
	/** Linked stylesheets. */
	css: number;
	/** Linked scripts, the ones inlined in the HTML counted again on their own for the JS total. */
	js: number;
	/** What has to arrive before the page can be read: HTML plus CSS. */
	firstRender: number;
}

const gzipSize = (text: string | Uint8Array): number => gzipSync(text, { level: 9 }).byteLength;

/**
 * Gzip sizes of one built page, each resource compressed on its own as a server sends it.
 * `readAsset` returns a linked file's contents from its URL path.
 */
export function measurePageWeight(html: string, readAsset: (path: string) => Uint8Array): PageWeight {
	const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => gzipSize(readAsset(match[1] ?? '')));
	const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);
	const css = sum(linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g));
	const inlineJs = [...html.matchAll(/<script[^>]*>([^<]+)<\/script>/g)].map((match) => gzipSize(match[1] ?? ''));
	const js = sum([...linked(/<script[^>]+src="([^"]+)"/g), ...inlineJs]);
	const htmlSize = gzipSize(html);
	return { html: htmlSize, css, js, firstRender: htmlSize + css };
}
