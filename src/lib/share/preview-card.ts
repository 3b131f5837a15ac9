/** The words on one language's preview image: what the site is, then who and where. */
interface PreviewCardText {
	title: string;
	tagline: string;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The card's text as one line, written into the PNG so a test can tell a stale image from the strings. */
export const previewCardCaption = ({ title, tagline }: PreviewCardText): string => `${title} | ${tagline}`;

/**
 * The preview image as a page Chromium screenshots at 1200×630. A messenger shows it as small
 * as 300 px wide, so the title is set large, in two or three lines, with the site's own
 * check mark and colours; DejaVu Sans has every Kyrgyz letter (ң, ө, ү).
 */
export function previewCardHtml(locale: string, text: PreviewCardText): string {
	return `<!doctype html><html lang="${escapeHtml(locale)}"><head><meta charset="utf-8"><style>
html, body { margin: 0; width: 1200px; height: 630px; }
body { box-sizing: border-box; display: flex; flex-direction: column; justify-content: space-between;
	padding: 72px 80px; background: #0b5d3b; color: #fff; font-family: 'DejaVu Sans', sans-serif; }
svg { width: 112px; height: 112px; }
h1 { margin: 0; font-size: 72px; line-height: 1.12; font-weight: 700; letter-spacing: -0.01em; text-wrap: balance; }
p { margin: 0; font-size: 38px; line-height: 1.25; color: #d4f2e2; }
</style></head><body>
<svg viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="7" fill="#fff"/><path d="M9 17l5 5 9-11" fill="none" stroke="#0b5d3b" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.tagline)}</p>
</body></html>`;
}

/** The card's words from one language's UI strings: the site's title, and the app, bank and services. */
export const previewCardText = (strings: Readonly<Record<'chooser.title' | 'share.imageTagline', string>>): PreviewCardText => ({
	title: strings['chooser.title'],
	tagline: strings['share.imageTagline'],
});
