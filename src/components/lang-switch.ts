/**
 * `<lang-switch>`: keeps the other language's link on the same place of the same page, so
 * `/ky/#pay` switches to `/ru/#pay` and `/ky/terminals/?q=ош#t-12` to `/ru/terminals/?q=ош#t-12`
 * (step ids, terminal ids and the search are the same in every language).
 * Without JavaScript the links still open the same page, at its top.
 */
class LangSwitch extends HTMLElement {
	private readonly follow = (): void => {
		for (const link of this.querySelectorAll('a')) {
			link.search = location.search;
			link.hash = location.hash;
		}
	};

	connectedCallback(): void {
		this.follow();
		window.addEventListener('hashchange', this.follow);
		// The finder rewrites `?q=` with history.replaceState, which fires no event of its own.
		document.addEventListener('finder:statechange', this.follow);
	}

	disconnectedCallback(): void {
		window.removeEventListener('hashchange', this.follow);
		document.removeEventListener('finder:statechange', this.follow);
	}
}

customElements.define('lang-switch', LangSwitch);
