import { createHash } from 'node:crypto';

const hashOf = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inline = (html: string, tag: 'script' | 'style'): string[] =>
	[...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1] ?? '');

/**
 * A page's CSP meta tag with only the hashes of the inline scripts and styles that page holds.
 * Astro's CSP names every inline script and style of the whole site on every page: about 1 KB of
 * hashes that do not compress, on a page that needs two or three of them. Fewer hashes also let
 * less run: a script injected into one page cannot borrow another page's hash.
 */
export function keepOwnHashes(html: string): string {
	const own = new Set([...inline(html, 'script'), ...inline(html, 'style')].map(hashOf));
	return html.replace(
		/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/,
		(_, open: string, policy: string, close: string) => {
			const kept = policy.replace(/ '(sha256-[A-Za-z0-9+/=]+)'/g, (source: string, hash: string) => (own.has(`'${hash}'`) ? source : ''));
			return `${open}${kept}${close}`;
		},
	);
}
