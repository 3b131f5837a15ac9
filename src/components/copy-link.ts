/**
 * `<copy-link data-target="pay">`: copies the absolute URL of one guide section, so support
 * staff can send a customer straight to a step. Rendered `hidden`; it shows itself only once
 * this script runs, so readers without JavaScript never meet a button that does nothing.
 */
class CopyLink extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		const status = this.querySelector('[role="status"]');
		if (!button || !status) return;
		this.hidden = false;
		button.addEventListener('click', () => void this.copy(status));
	}

	private async copy(status: Element): Promise<void> {
		const hash = `#${this.dataset['target'] ?? ''}`;
		const url = `${location.origin}${location.pathname}${hash}`;
		// Emptying first makes screen readers announce the message again on a second click.
		status.textContent = '';
		try {
			await navigator.clipboard.writeText(url);
			status.textContent = this.dataset['copied'] ?? '';
		} catch {
			// Without clipboard access, put the link in the address bar, where the reader can copy it.
			history.replaceState(null, '', hash);
			status.textContent = this.dataset['failed'] ?? '';
		}
	}
}

customElements.define('copy-link', CopyLink);
