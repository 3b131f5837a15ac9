import { DomEvent, DomUtil, point, type Map as LeafletMap } from 'leaflet';
import type { MapPin } from '../../../lib/finder/map-pins.ts';
import type { MapTranslate } from './map-keys.ts';
import { PinLayer, type Drawn } from './pin-layer.ts';

/** More pins than this in view would be a wall of Tab stops: the reader zooms in, or uses the list. */
const mostKeys = 50;

/** A button's side, CSS pixels: a pin's tap target when the keyboard reaches it. */
const side = 44;

interface Options {
	t: MapTranslate;
	/** What a pin's button is called: the terminal, or how many stand there. */
	name: (pin: MapPin) => string;
	/** The reader pressed a pin's button. */
	choose: (pin: MapPin) => void;
	/** Says under the map how the keyboard reaches the pins, or why it cannot yet. */
	hint: HTMLElement;
}

/**
 * The pins in view as buttons over the canvas, so a keyboard and a screen reader reach what a
 * finger taps: one Tab stop, arrows from pin to pin in reading order, Enter to open. The buttons
 * are transparent and let taps through to the map; only their focus ring shows.
 */
export class PinKeys {
	private readonly group = document.createElement('div');
	private readonly container: HTMLElement;
	private readonly layer: PinLayer;
	private readonly options: Options;
	private pins: MapPin[] = [];
	private current: MapPin | undefined;

	constructor(map: LeafletMap, layer: PinLayer, options: Options) {
		this.container = map.getContainer();
		this.layer = layer;
		this.options = options;
		const pane = map.createPane('pinKeys');
		pane.classList.add('leaflet-zoom-hide');
		this.group.className = 'pin-keys';
		this.group.setAttribute('role', 'group');
		this.group.setAttribute('aria-label', options.t('finder.map.keys'));
		this.group.setAttribute('aria-describedby', options.hint.id);
		pane.append(this.group);
		// Keys pressed here are the reader's, not the map's: a click must not reach the map as a tap at (0, 0).
		DomEvent.disableClickPropagation(this.group);
		this.group.addEventListener('keydown', (event) => this.onKey(event));
		// Keys are handled in onKey; a click here is a screen reader activating the button.
		this.group.addEventListener('click', (event) => {
			const pin = this.pinOf(event.target);
			if (pin) this.choose(pin);
		});
		layer.on(PinLayer.drawn, () => this.update());
	}

	/** Gives the keyboard back to the pin it left from when its popup closes, or to the map if that pin has left the view. */
	refocus(): void {
		(this.buttonOf(this.current) ?? this.container).focus();
	}

	private update(): void {
		const inView = this.layer.inView();
		const keep = this.group.contains(document.activeElement);
		const reachable = inView.length <= mostKeys ? inView.sort((a, b) => a.y - b.y || a.x - b.x) : [];
		this.pins = reachable.map(({ pin }) => pin);
		if (!this.current || !this.pins.includes(this.current)) this.current = this.pins[0];
		this.group.replaceChildren(...reachable.map((drawn) => this.button(drawn)));
		this.group.hidden = reachable.length === 0;
		const { t, hint } = this.options;
		hint.textContent =
			inView.length > mostKeys ? t('finder.map.keysTooMany', { count: inView.length }) : inView.length > 0 ? t('finder.map.keysHint') : '';
		if (keep) this.refocus();
	}

	private button({ pin, x, y }: Drawn): HTMLButtonElement {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'pin-key';
		button.tabIndex = pin === this.current ? 0 : -1;
		button.setAttribute('aria-label', this.options.name(pin));
		DomUtil.setPosition(button, point(x - side / 2, y - side / 2));
		return button;
	}

	private onKey(event: KeyboardEvent): void {
		if (event.key === 'Enter' || event.key === ' ') {
			// Chosen here rather than by the button's click: that comes before the key's keypress, which
			// would then follow the focus into the popup and follow its link at once.
			event.preventDefault();
			const pin = this.pinOf(event.target);
			if (pin) this.choose(pin);
			return;
		}
		const index = this.current ? this.pins.indexOf(this.current) : -1;
		const last = this.pins.length - 1;
		const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[event.key];
		if (next === undefined) return;
		event.preventDefault();
		const pin = this.pins[Math.min(Math.max(next, 0), last)];
		for (const button of this.group.children) (button as HTMLButtonElement).tabIndex = -1;
		this.current = pin;
		const button = this.buttonOf(pin);
		if (button) {
			button.tabIndex = 0;
			button.focus();
		}
	}

	private choose(pin: MapPin): void {
		this.current = pin;
		this.options.choose(pin);
	}

	private pinOf(target: EventTarget | null): MapPin | undefined {
		const index = [...this.group.children].indexOf(target as Element);
		return index < 0 ? undefined : this.pins[index];
	}

	private buttonOf(pin: MapPin | undefined): HTMLButtonElement | undefined {
		const index = pin ? this.pins.indexOf(pin) : -1;
		return index < 0 ? undefined : (this.group.children[index] as HTMLButtonElement);
	}
}
