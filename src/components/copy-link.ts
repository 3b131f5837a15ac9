/**
 * `<copy-link>`: copies one link, so support staff can send a customer straight to a step or a
 * terminal. `data-target="pay"` copies this page's URL with that anchor; `data-href="/ru/s/pay/"`
 * copies that address. With `data-share-url` and `data-share-title`, a "Share" button appears
 * too, only where the browser has the Web Share API (phones), and shares the preview link.
 * Rendered `hidden`; it shows itself only once this script runs, so readers without JavaScript
 * never meet a button that does nothing.
 */
class CopyLink extends HTMLElement {
	private status: Element | null = null;

	connectedCallback(): void {
		const [copyButton, shareButton] = this.querySelectorAll('button');
		this.status = this.querySelector('[role="status"]');
		if (!copyButton) return;
		this.hidden = false;
		copyButton.addEventListener('click', () => void this.copy());
		if (shareButton && typeof navigator.share === 'function') {
			shareButton.hidden = false;
			shareButton.addEventListener('click', () => void this.share());
		}
	}

	private say(key: 'copied' | 'failed' | 'shareFailed'): void {
		if (this.status) this.status.textContent = this.dataset[key] ?? '';
	}

	private async copy(): Promise<void> {
		const { target, href } = this.dataset;
		const hash = `#${target ?? ''}`;
		const url = href === undefined ? `${location.origin}${location.pathname}${hash}` : new URL(href, location.href).href;
		// Emptying first makes screen readers announce the message again on a second click.
		if (this.status) this.status.textContent = '';
		try {
			await navigator.clipboard.writeText(url);
			this.say('copied');
		} catch {
			// Without clipboard access, put a guide link in the address bar, where the reader can copy it;
			// any other link is printed next to the button.
			if (href === undefined) history.replaceState(null, '', hash);
			this.say('failed');
		}
	}

	private async share(): Promise<void> {
		const { shareUrl = '', shareTitle = '' } = this.dataset;
		if (this.status) this.status.textContent = '';
		try {
			await navigator.share({ title: shareTitle, url: new URL(shareUrl, location.href).href });
		} catch (error) {
			// Closing the share sheet is the reader's choice, not a failure.
			if (!(error instanceof DOMException && error.name === 'AbortError')) this.say('shareFailed');
		}
	}
}

customElements.define('copy-link', CopyLink);
