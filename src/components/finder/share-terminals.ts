import { localeFromPath } from '../../lib/i18n/locale-from-path.ts';
import type { FinderTranslate } from './finder-keys.ts';
import { itemSettlement, itemText } from './item-text.ts';
import { terminalPreviewPath } from '../../lib/share/paths.ts';
import { terminalPreviewText } from '../../lib/share/terminal-preview.ts';

/** The title a messenger shows for this terminal's preview page, read from its item as the list prints it. */
function titleOf(item: HTMLElement, fallbackTitle: string): string {
	const place = itemText(item, '.t-place');
	// The list prints the place in the address line when the PDF names no address.
	const address = itemText(item, '.t-address');
	const city = itemSettlement(item);
	return terminalPreviewText({ city, address, place, hours: '' }, { hours: () => '', fallbackTitle }).title;
}

/**
 * A Share button beside every terminal's Copy link, for browsers with the Web Share API (phones): it sends the
 * terminal's preview link, which a messenger shows with the terminal's name, under the same title.
 * Loaded only where sharing exists, so other readers never download it. `say` reports a failure.
 */
export function addShareButtons(
	items: readonly { element: HTMLElement; id: string }[],
	t: FinderTranslate,
	say: (message: string) => void,
): void {
	const locale = localeFromPath(location.pathname);
	if (!locale) return;
	for (const { element, id } of items) {
		const title = titleOf(element, t('share.terminalFallback'));
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 't-link';
		button.textContent = t('finder.share');
		// Two hundred buttons all named "Share" say nothing out of context: the name says what is shared.
		button.setAttribute('aria-label', `${t('finder.share')}: ${title}`);
		button.addEventListener('click', () => {
			say('');
			navigator.share({ title, url: new URL(terminalPreviewPath(locale, id), location.href).href }).catch((error: unknown) => {
				// Closing the share sheet is the reader's choice, not a failure.
				if (error instanceof DOMException && error.name === 'AbortError') return;
				// The address bar then holds the terminal's own link, ready to copy.
				history.replaceState(history.state, '', `#t-${id}`);
				say(t('finder.shareFailed'));
			});
		});
		element.querySelector('.t-links')?.append(' ', button);
	}
}
