/**
 * `<lang-switch>`: keeps the other language's link pointing at the section being read,
 * so `/ky/#pay` switches to `/ru/#pay`. Without JavaScript the links still open the guide's top.
 */
class LangSwitch extends HTMLElement {
	private readonly followHash = (): void => {
		for (const link of this.querySelectorAll('a')) link.hash = location.hash;
	};

	connectedCallback(): void {
		this.followHash();
		window.addEventListener('hashchange', this.followHash);
	}

	disconnectedCallback(): void {
		window.removeEventListener('hashchange', this.followHash);
	}
}

customElements.define('lang-switch', LangSwitch);
