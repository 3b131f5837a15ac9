import type { FinderTranslate } from './finder-keys.ts';
import { itemText } from './item-text.ts';

/**
 * A "Copy link" button on every terminal: it copies the terminal's `#t-<id>` address on this page,
 * the link support staff send and the list opens at. Where the clipboard is refused, the address
 * bar takes the link instead, ready to copy by hand. `say` reports the outcome. Share, where the
 * browser can share, joins the same line (`share-terminals.ts`).
 */
export function addCopyButtons(
	items: readonly { element: HTMLElement; id: string }[],
	t: FinderTranslate,
	say: (message: string) => void,
): void {
	for (const { element, id } of items) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 't-link';
		button.textContent = t('finder.copy');
		// Two hundred buttons all named "Copy link" say nothing out of context: the name says whose link.
		button.setAttribute('aria-label', `${t('finder.copy')}: ${itemText(element, '.t-address')}`);
		button.addEventListener('click', () => {
			say('');
			const hash = `#t-${id}`;
			navigator.clipboard.writeText(`${location.origin}${location.pathname}${hash}`).then(
				() => {
					say(t('finder.copied'));
					// Said at the top of the list for screen readers, and here for the eye that is on this terminal.
					button.textContent = t('finder.copied');
					setTimeout(() => (button.textContent = t('finder.copy')), 3000);
				},
				() => {
					history.replaceState(history.state, '', hash);
					say(t('finder.copyFailed'));
				},
			);
		});
		const line = document.createElement('p');
		line.className = 't-links';
		line.append(button);
		element.append(line);
	}
}
