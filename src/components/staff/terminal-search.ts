import { matchesQuery, queryWords } from '../../lib/finder/search.ts';
import { formatMessage, type Templates } from '../../lib/i18n/format-message.ts';

/**
 * `<terminal-search>`: the staff page's search over terminals. Without JavaScript the whole list is
 * there, folded by region, every link readable and selectable. With it, a search field filters the
 * list by settlement, address and place (folded as the finder folds them), shows at most
 * `data-limit` matches with their regions unfolded, and gives each shown link a copy button cloned
 * from the `<template data-copy="…">` its link names; an empty field gives the folded list back.
 */
class TerminalSearch extends HTMLElement {
	private items: HTMLElement[] = [];
	private regions: HTMLDetailsElement[] = [];
	/** Which regions the reader had unfolded before searching, to give them back when the field is cleared. */
	private openBeforeSearch: boolean[] | undefined;

	connectedCallback(): void {
		const search = this.querySelector<HTMLElement>('.terminal-search-field');
		const input = this.querySelector('input');
		if (!search || !input) return;
		this.items = [...this.querySelectorAll<HTMLElement>('li[data-search]')];
		this.regions = [...this.querySelectorAll('details')];
		// A region unfolded by hand (or by a link into it) gets its copy buttons then, not all 240 × 4 at load.
		for (const region of this.regions) {
			region.addEventListener('toggle', () => {
				if (region.open)
					for (const item of region.querySelectorAll<HTMLElement>('li[data-search]:not([hidden])')) this.addCopyButtons(item);
			});
		}
		search.hidden = false;
		input.addEventListener('input', () => this.filter(input.value));
		this.filter(input.value);
	}

	private filter(query: string): void {
		if (queryWords(query).length === 0) {
			this.unfold();
			return;
		}
		const limit = Number(this.dataset['limit'] ?? '20');
		const found = this.items.filter((item) => matchesQuery(item.dataset['search'] ?? '', query));
		const shown = new Set(found.slice(0, limit));
		this.openBeforeSearch ??= this.regions.map(({ open }) => open);
		for (const item of this.items) {
			item.hidden = !shown.has(item);
			if (!item.hidden) this.addCopyButtons(item);
		}
		for (const region of this.regions) {
			region.hidden = !region.querySelector('li[data-search]:not([hidden])');
			region.open = !region.hidden;
		}
		this.say(found.length, limit);
	}

	/** No search: every terminal back in its region, each region as the reader left it. */
	private unfold(): void {
		for (const item of this.items) item.hidden = false;
		this.regions.forEach((region, index) => {
			region.hidden = false;
			if (this.openBeforeSearch) region.open = this.openBeforeSearch[index] ?? false;
		});
		this.openBeforeSearch = undefined;
		const status = this.querySelector('.terminal-search-status');
		if (status) status.textContent = '';
	}

	private say(count: number, limit: number): void {
		const messages = JSON.parse(this.dataset['messages'] ?? '{}') as Record<string, Templates>;
		const status = this.querySelector('.terminal-search-status');
		if (!status) return;
		status.textContent = Object.entries(messages)
			.map(([locale, templates]) =>
				[
					formatMessage(templates, locale, 'staff.found', { count }),
					count > limit ? formatMessage(templates, locale, 'staff.showingFirst', { shown: limit }) : '',
				]
					.filter((sentence) => sentence !== '')
					.join(' '),
			)
			.join(' · ');
	}

	private addCopyButtons(item: HTMLElement): void {
		for (const link of item.querySelectorAll<HTMLAnchorElement>('a[data-copy]')) {
			if (link.nextElementSibling?.localName === 'copy-link') continue;
			const template = this.querySelector<HTMLTemplateElement>(`template[data-copy="${link.dataset['copy'] ?? ''}"]`);
			const copy = template?.content.firstElementChild?.cloneNode(true);
			if (!(copy instanceof HTMLElement)) continue;
			copy.dataset['href'] = link.getAttribute('href') ?? '';
			copy.querySelector('button')?.setAttribute('aria-describedby', link.dataset['describedBy'] ?? '');
			link.after(copy);
		}
	}
}

customElements.define('terminal-search', TerminalSearch);
