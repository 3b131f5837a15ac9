import { distanceKm, roundKm, type LatLng } from '../../lib/geo/distance.ts';
import { openStatus, type OpenState } from '../../lib/finder/open-status.ts';
import { decodeWeek } from '../../lib/finder/week-code.ts';
import { matchesQuery } from '../../lib/finder/search.ts';
import { formatMessage, type Templates } from '../../lib/i18n/format-message.ts';
import type { FinderTranslate } from './finder-keys.ts';
import { addCopyButtons } from './copy-terminal-links.ts';
import { itemSearchText, nameSettlement } from './item-text.ts';
import { fillSettlementPicker } from './settlement-options.ts';
import { locateFailureKeys } from './labels.ts';
import { locate, type Fix } from './locate.ts';
import { loadMap } from './map/load-map.ts';
import type { TerminalMap } from './map/terminal-map.ts';
import { openLabel } from './open-label.ts';

interface Item {
	element: HTMLLIElement;
	id: string;
	/** The list it was built in, where it goes back when the sort is reset. */
	home: HTMLElement;
	text: string;
	position: LatLng | undefined;
	approximate: boolean;
	state: OpenState;
}

const parsePosition = (value: string | undefined): LatLng | undefined => {
	const [lat, lng] = (value ?? '').split(',').map(Number);
	return lat === undefined || lng === undefined || Number.isNaN(lat) || Number.isNaN(lng) ? undefined : { lat, lng };
};

/** Items read between two hand-backs of the main thread: a few milliseconds of work on a slow phone. */
const slice = 40;

/** How many of the nearest terminals the map shows around the reader. */
const nearestOnMap = 5;

const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function readItem(element: HTMLLIElement): Item {
	nameSettlement(element);
	return {
		element,
		id: element.id.slice(2),
		home: element.parentElement as HTMLElement,
		text: itemSearchText(element),
		position: parsePosition(element.dataset['position']),
		approximate: element.dataset['precision'] === 'settlement',
		state: 'unknown',
	};
}

/**
 * `<terminal-finder>`: filters, sorts and maps the terminal list the page already shows.
 * Without JavaScript the list stays as built, grouped by region and settlement; nothing here is needed to read it.
 */
class TerminalFinder extends HTMLElement {
	private items: Item[] = [];
	private locale = 'ru';
	private templates: Templates = {};
	private map: TerminalMap | undefined;
	/** Where the reader was found and who is nearest, for the map to show them when it opens. */
	private nearest: { reader: Fix; ids: string[] } | undefined;
	/** Which region groups were open before a filter opened every group with a match. */
	private openBeforeFilter: Map<HTMLDetailsElement, boolean> | undefined;

	private readonly t: FinderTranslate = (key, values) => formatMessage(this.templates, this.locale, key, values);
	private readonly $ = <T extends Element>(selector: string): T => this.querySelector(selector) as T;

	/** Settles once every item is read; the controls wait for it, so a tap during reading is not lost. */
	private ready: Promise<void> = Promise.resolve();

	connectedCallback(): void {
		this.locale = this.dataset['locale'] ?? 'ru';
		this.templates = JSON.parse(this.dataset['strings'] ?? '{}') as Templates;
		const controls = this.$<HTMLElement>('.finder-controls');
		controls.hidden = false;
		const query = this.$<HTMLInputElement>('#finder-q');
		query.value = new URLSearchParams(location.search).get('q') ?? '';
		const whenReady = (action: () => unknown) => () => void this.ready.then(action);
		query.addEventListener(
			'input',
			whenReady(() => {
				this.keepQueryInURL(query.value);
				this.filter();
			}),
		);
		this.$('[data-action="open-now"]').addEventListener(
			'change',
			whenReady(() => {
				this.showOpenStatus();
				this.filter();
			}),
		);
		this.$('[data-action="nearest"]').addEventListener(
			'click',
			whenReady(() => this.sortFromReader()),
		);
		const settlement = this.$<HTMLSelectElement>('#finder-settlement');
		fillSettlementPicker(settlement, this, this.locale);
		settlement.addEventListener(
			'change',
			whenReady(() => this.sortFromSettlement(settlement)),
		);
		this.$('[data-action="reset"]').addEventListener(
			'click',
			whenReady(() => this.resetSort()),
		);
		this.$('[data-action="map"]').addEventListener(
			'click',
			whenReady(() => this.openMap()),
		);
		this.addEventListener('click', (event) => void this.ready.then(() => this.onItemClick(event)));
		window.addEventListener(
			'hashchange',
			whenReady(() => this.reveal()),
		);
		this.ready = this.readList();
	}

	/**
	 * Reads the list a slice at a time, handing the main thread back in between: on a slow phone
	 * one pass over thousands of items would block taps and scrolling for a noticeable while.
	 */
	private async readList(): Promise<void> {
		const elements = [...this.querySelectorAll<HTMLLIElement>('li.terminal')];
		const now = new Date();
		for (let start = 0; start < elements.length; start += slice) {
			if (start > 0) await yieldToMain();
			for (const element of elements.slice(start, start + slice)) {
				const item = readItem(element);
				this.showOpenStatusOf(item, now);
				this.items.push(item);
			}
		}
		addCopyButtons(this.items, this.t, (message) => this.say(message));
		this.filter();
		this.reveal();
		if (typeof navigator.share === 'function') {
			const { addShareButtons } = await import('./share-terminals.ts');
			addShareButtons(this.items, this.t, (message) => this.say(message));
		}
	}

	private get query(): string {
		return this.$<HTMLInputElement>('#finder-q').value;
	}

	private get openOnly(): boolean {
		return this.$<HTMLInputElement>('[data-action="open-now"]').checked;
	}

	private keepQueryInURL(value: string): void {
		const url = new URL(location.href);
		if (value.trim() === '') url.searchParams.delete('q');
		else url.searchParams.set('q', value);
		history.replaceState(history.state, '', url);
		document.dispatchEvent(new Event('finder:statechange'));
	}

	/** Each terminal's status now, in Bishkek time; hours that do not parse are «unknown», never guessed. */
	private showOpenStatus(): void {
		const now = new Date();
		for (const item of this.items) this.showOpenStatusOf(item, now);
	}

	private showOpenStatusOf(item: Item, now: Date): void {
		// The build parsed the hours once (TerminalItem.astro): the page ships their code, not the parser.
		const status = openStatus(decodeWeek(item.element.querySelector<HTMLElement>('.t-hours-text')?.dataset['week'] ?? ''), now);
		item.state = status.state;
		const line =
			item.element.querySelector('.t-open') ?? item.element.querySelector('.t-hours')?.appendChild(document.createElement('span'));
		if (!line) return;
		line.className = `t-open t-open-${status.state}`;
		line.textContent = openLabel(status, now, this.locale, this.t);
	}

	private filter(): void {
		const active = this.query.trim() !== '' || this.openOnly;
		let shown = 0;
		// A region's names count only when nothing matches without them: «Нарын» finds the town, «Ысык-Көл» the region.
		const withRegion = !this.items.some(({ text }) => matchesQuery(text, this.query, false));
		for (const item of this.items) {
			const visible =
				matchesQuery(item.text, this.query, withRegion) && (!this.openOnly || item.state === 'open' || item.state === 'closes-soon');
			item.element.hidden = !visible;
			if (visible) shown += 1;
		}
		for (const section of this.querySelectorAll<HTMLElement>('.settlement')) {
			section.hidden = !section.querySelector('li.terminal:not([hidden])');
		}
		if (active && !this.openBeforeFilter) {
			this.openBeforeFilter = new Map([...this.querySelectorAll('details')].map((details) => [details, details.open]));
		}
		for (const details of this.querySelectorAll('details')) {
			const count = details.querySelectorAll('li.terminal:not([hidden])').length;
			details.hidden = count === 0;
			const label = details.querySelector('.count');
			if (label) label.textContent = this.t('terminals.count', { count });
			if (active) details.open = true;
			else if (this.openBeforeFilter) details.open = this.openBeforeFilter.get(details) ?? details.open;
		}
		if (!active) this.openBeforeFilter = undefined;
		this.$('.finder-count').textContent =
			shown === 0 ? this.t('finder.nothing') : this.t('finder.shown', { count: shown, total: this.items.length });
		if (this.map) {
			this.$('.finder-map-count').textContent = this.map.show(
				new Set(this.items.filter(({ element }) => !element.hidden).map(({ id }) => id)),
			);
		}
	}

	private async sortFromReader(): Promise<void> {
		const button = this.$<HTMLButtonElement>('[data-action="nearest"]');
		button.disabled = true;
		this.say(this.t('finder.locating'));
		const result = await locate();
		button.disabled = false;
		if (!result.ok) {
			this.say(this.t(locateFailureKeys[result.reason]));
			this.$<HTMLSelectElement>('#finder-settlement').focus();
			return;
		}
		this.$<HTMLSelectElement>('#finder-settlement').value = '';
		const shown = this.sortBy(result.position).filter(({ item }) => !item.element.hidden);
		const first = shown[0];
		let line = this.t('finder.sortedNearest', { count: shown.length });
		// Known only by their town's centre, the nearest have no order of their own: said once, plainly.
		if (first?.item.approximate) {
			const at = first.item.element.dataset['position'];
			const count = shown.filter(({ item }) => item.element.dataset['position'] === at).length;
			line += ` ${this.t('finder.nearestCentre', { place: first.item.home.closest('section')?.querySelector('h3')?.textContent ?? '', terminals: this.t('terminals.count', { count }), km: this.km(first.km) })}`;
		}
		this.say(line);
		first?.item.element.scrollIntoView({ block: 'center' });
		const ids = shown.filter(({ km }) => km < Infinity).map(({ item }) => item.id);
		this.nearest = { reader: result.position, ids: ids.slice(0, nearestOnMap) };
		this.map?.near(this.nearest.reader, this.nearest.ids);
	}

	/** Kyrgyz writes numbers as Russian does (3,5); a browser without Kyrgyz number data falls back to Russian, not English. */
	private km(km: number): string {
		return new Intl.NumberFormat([this.locale, 'ru']).format(roundKm(km));
	}

	private sortFromSettlement(select: HTMLSelectElement): void {
		const centre = parsePosition(select.value);
		if (!centre) {
			this.resetSort();
			return;
		}
		this.sortBy(centre);
		this.say(this.t('finder.sortedFrom', { place: select.selectedOptions[0]?.textContent ?? '' }));
	}

	/**
	 * Nearest first, into one flat list; terminals with no position come last, in list order.
	 * Terminals known only by one settlement's centre share its distance, written once on the first
	 * of them: the same «≈ 0,1 km» down a run of cards would read as a ranking that is not there.
	 */
	private sortBy(origin: LatLng): { item: Item; km: number }[] {
		const sorted = this.$<HTMLOListElement>('.finder-sorted');
		const withDistance = this.items.map((item) => ({ item, km: item.position ? distanceKm(origin, item.position) : Infinity }));
		withDistance.sort((a, b) => a.km - b.km);
		let lastCentre: string | undefined;
		for (const { item, km } of withDistance) {
			item.element.querySelector('.t-distance')?.remove();
			const centre = item.approximate ? item.element.dataset['position'] : undefined;
			if (Number.isFinite(km) && (centre === undefined || centre !== lastCentre)) {
				const line = document.createElement('p');
				line.className = 't-distance';
				line.textContent = this.t(item.approximate ? 'finder.distanceCentre' : 'finder.distance', { km: this.km(km) });
				item.element.prepend(line);
			}
			lastCentre = centre;
			sorted.append(item.element);
		}
		sorted.hidden = false;
		this.$<HTMLElement>('.terminal-groups').hidden = true;
		this.$<HTMLElement>('[data-action="reset"]').hidden = false;
		return withDistance;
	}

	private resetSort(): void {
		for (const item of this.items) {
			item.element.querySelector('.t-distance')?.remove();
			item.home.append(item.element);
		}
		this.$<HTMLElement>('.finder-sorted').hidden = true;
		this.$<HTMLElement>('.terminal-groups').hidden = false;
		this.$<HTMLElement>('[data-action="reset"]').hidden = true;
		this.$<HTMLSelectElement>('#finder-settlement').value = '';
		this.nearest = undefined;
		this.say('');
	}

	private say(message: string): void {
		this.$('.finder-where').textContent = message;
	}

	/** `#t-<id>`: opens the terminal's group, even past a filter that hid it, and brings it into view. */
	private reveal(): void {
		const item = this.items.find(({ element }) => `#${element.id}` === location.hash);
		if (!item) return;
		if (item.element.hidden) {
			this.$<HTMLInputElement>('#finder-q').value = '';
			this.$<HTMLInputElement>('[data-action="open-now"]').checked = false;
			this.keepQueryInURL('');
			this.filter();
		}
		const details = item.element.closest('details');
		if (details) details.open = true;
		item.element.scrollIntoView({ block: 'center' });
		// Focusable only from script, so the reader's keyboard and screen reader land on it.
		item.element.tabIndex = -1;
		item.element.focus({ preventScroll: true });
		this.map?.focus(item.id);
	}

	private async openMap(): Promise<void> {
		const button = this.$<HTMLButtonElement>('[data-action="map"]');
		const panel = this.$<HTMLElement>('.finder-map');
		button.disabled = true;
		this.say(this.t('finder.map.loading'));
		try {
			const { draw, t, positions, outline, borders } = await loadMap(this.dataset['positions'] ?? '', this.locale);
			panel.hidden = false;
			// Measured under a name `npm run bench` reads: drawing thousands of pins must stay well under 100 ms.
			const start = performance.now();
			this.map = draw(panel.querySelector('.finder-map-canvas') as HTMLElement, positions, {
				locale: this.locale,
				t,
				pick: (id) => this.pick(id),
				outline,
				borders,
				hint: this.$('#finder-map-keys'),
			});
			// Leaflet paints its canvas in the next animation frame, queued before this one: the measure includes it.
			requestAnimationFrame(() => performance.measure('finder:map-draw', { start }));
			button.hidden = true;
			this.say('');
			this.filter();
			if (this.nearest) this.map.near(this.nearest.reader, this.nearest.ids);
		} catch {
			button.disabled = false;
			this.say(this.t('finder.map.failed'));
		}
	}

	private onItemClick(event: Event): void {
		const id = (event.target as HTMLElement).closest<HTMLElement>('[data-show]')?.dataset['show'];
		if (!id || !this.map) return;
		this.$('.finder-map').scrollIntoView({ block: 'nearest' });
		this.map.focus(id);
	}

	/** A pin was tapped: its terminal is highlighted in the list and can be reached from the popup. */
	private pick(id: string): void {
		for (const item of this.items) item.element.classList.toggle('is-picked', item.id === id);
	}
}

customElements.define('terminal-finder', TerminalFinder);
