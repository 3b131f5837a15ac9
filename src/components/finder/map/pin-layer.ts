import {
	DomUtil,
	Layer,
	type LatLng,
	type LeafletEventHandlerFn,
	type LeafletMouseEvent,
	type Map as LeafletMap,
	type ZoomAnimEvent,
} from 'leaflet';
import { pinRadius, pinShape, type MapPin, type PinShape } from '../../../lib/finder/map-pins.ts';
import { pinAt, type ScreenPin } from '../../../lib/finder/pin-at.ts';
import { pinsToLabel } from '../../../lib/finder/pin-labels.ts';
import { countInk, pinSprite } from './pin-sprite.ts';

/** Drawn bottom to top: single pins, then the counted centres, whose numbers must stay readable. */
const drawOrder: readonly PinShape[] = ['exact', 'centre', 'centre-count'];

/** How far past the view the canvas reaches, as a share of the view's size, so a short pan shows no gap. */
const padding = 0.5;

/** How far apart two written counts must be not to run into each other, CSS pixels. */
const labelGap = 26;

/** A fingertip's margin around a pin, CSS pixels. */
const slop = 8;

/** A pin on the canvas as last drawn: which one, where on the map's layer, and how many of its terminals it shows. */
export interface Drawn extends ScreenPin {
	pin: MapPin;
	count: number;
}

/** The pins on the map, each with how many of its terminals the list shows: its written count. */
export type ShownPins = ReadonlyMap<MapPin, number>;

/**
 * Every pin on one canvas: each shape is drawn once into a sprite, then stamped at every pin, where
 * a Leaflet vector layer per pin pays for its own object, events, path and raster. Placed like
 * Leaflet's own renderers (a canvas a little larger than the view, moved after a pan and scaled
 * during a zoom) but with public API only; taps are found by position (`pinAt`).
 */
export class PinLayer extends Layer {
	/** Fired after every redraw, so what lists the pins in view (the keyboard's) can follow. */
	static readonly drawn = 'pins:drawn';

	private readonly pins: readonly MapPin[];
	private readonly tap: (pin: MapPin) => void;
	private shown: ShownPins;
	private drawn: Drawn[] = [];
	private readonly canvas = document.createElement('canvas');
	/** Each pin projected once at zoom 0, in world pixels: a redraw only scales and shifts them. */
	private world: Float64Array | undefined;
	/** Where the canvas's top left corner was at the last redraw, and at which zoom. */
	private corner: LatLng | undefined;
	private zoom = 0;

	constructor(pins: readonly MapPin[], tap: (pin: MapPin) => void) {
		super();
		this.pins = pins;
		this.tap = tap;
		this.shown = new Map(pins.map((pin) => [pin, pin.ids.length]));
	}

	override onAdd(map: LeafletMap): this {
		const pane = map.getPane('pins') ?? map.createPane('pins');
		// Above the outline and borders (the overlay pane, 400), below popups.
		pane.style.zIndex = '450';
		this.canvas.className = 'leaflet-zoom-animated';
		pane.append(this.canvas);
		this.world ??= Float64Array.from(
			this.pins.flatMap(({ lat, lng }) => {
				const { x, y } = map.project([lat, lng], 0);
				return [x, y];
			}),
		);
		this.redraw();
		return this;
	}

	override onRemove(): this {
		this.canvas.remove();
		return this;
	}

	override getEvents(): Record<string, LeafletEventHandlerFn> {
		return {
			viewreset: this.redraw,
			moveend: this.redraw,
			zoom: () => this.follow(this._map.getCenter(), this._map.getZoom()),
			zoomanim: (event) => this.follow((event as ZoomAnimEvent).center, (event as ZoomAnimEvent).zoom),
			click: (event) => {
				const { x, y } = (event as LeafletMouseEvent).layerPoint;
				const found = this.drawn[pinAt(this.drawn, x, y, slop)];
				if (found) this.tap(found.pin);
			},
			mousemove: (event) => {
				const { x, y } = (event as LeafletMouseEvent).layerPoint;
				this.canvas.classList.toggle('leaflet-interactive', pinAt(this.drawn, x, y, 0) >= 0);
			},
		};
	}

	/** The pins on the map now, with their counts. */
	get shownPins(): ShownPins {
		return this.shown;
	}

	/**
	 * Shows only these pins, each with the count the list leaves it; the rest stay off the map until
	 * shown again. The list filters on every key pressed, and unchanged pins and counts need no redraw.
	 */
	setShown(shown: ShownPins): void {
		if (shown.size === this.shown.size && [...shown].every(([pin, count]) => this.shown.get(pin) === count)) return;
		this.shown = shown;
		if (this._map) this.redraw();
	}

	/** The shown pins inside the view, where they are drawn on the map's layer. */
	inView(): Drawn[] {
		if (!this._map) return [];
		const { x: left, y: top } = this._map.containerPointToLayerPoint([0, 0]);
		const { x: width, y: height } = this._map.getSize();
		return this.drawn.filter(({ x, y }) => x >= left && x <= left + width && y >= top && y <= top + height);
	}

	/** Keeps the last drawing in place while the map zooms; the next redraw replaces it. */
	private follow(center: LatLng, zoom: number): void {
		if (!this.corner) return;
		const map = this._map;
		const half = map.getSize().divideBy(2);
		const origin = map
			.project(center, zoom)
			.subtract(half)
			.add(DomUtil.getPosition(map.getPane('mapPane') as HTMLElement))
			.round();
		DomUtil.setTransform(this.canvas, map.project(this.corner, zoom).subtract(origin), map.getZoomScale(zoom, this.zoom));
	}

	private redraw(): void {
		const map = this._map;
		const world = this.world;
		if (!world) return;
		const size = map.getSize();
		const min = map.containerPointToLayerPoint(size.multiplyBy(-padding)).round();
		const extent = size.multiplyBy(1 + 2 * padding).round();
		const ratio = Math.min(window.devicePixelRatio || 1, 2);
		this.canvas.width = extent.x * ratio;
		this.canvas.height = extent.y * ratio;
		this.canvas.style.width = `${extent.x}px`;
		this.canvas.style.height = `${extent.y}px`;
		DomUtil.setPosition(this.canvas, min);
		this.corner = map.layerPointToLatLng(min);
		this.zoom = map.getZoom();

		const scale = map.getZoomScale(this.zoom, 0);
		const origin = map.getPixelOrigin();
		const byShape = new Map<PinShape, Drawn[]>(drawOrder.map((shape) => [shape, []]));
		this.pins.forEach((pin, index) => {
			const count = this.shown.get(pin);
			if (count === undefined) return;
			const x = Math.round((world[2 * index] ?? 0) * scale - origin.x);
			const y = Math.round((world[2 * index + 1] ?? 0) * scale - origin.y);
			const shape = pinShape(pin.approximate, count);
			const r = pinRadius[shape];
			if (x + r < min.x || y + r < min.y || x - r > min.x + extent.x || y - r > min.y + extent.y) return;
			byShape.get(shape)?.push({ pin, count, x, y, r });
		});
		// Counts that would overlap are left out; the pins that keep theirs are drawn last, on top.
		const counted = byShape.get('centre-count') ?? [];
		const labelled = pinsToLabel(
			counted.map(({ x, y, count }) => ({ x, y, count })),
			labelGap,
		);
		const withCount = counted.filter((_, index) => labelled.has(index));
		byShape.set('centre-count', [...counted.filter((_, index) => !labelled.has(index)), ...withCount]);
		this.drawn = drawOrder.flatMap((shape) => byShape.get(shape) ?? []);

		const context = this.canvas.getContext('2d');
		if (context) {
			context.setTransform(ratio, 0, 0, ratio, -min.x * ratio, -min.y * ratio);
			for (const shape of drawOrder) {
				const sprite = pinSprite(shape, ratio);
				const half = sprite.width / ratio / 2;
				for (const { x, y } of byShape.get(shape) ?? []) context.drawImage(sprite, x - half, y - half, 2 * half, 2 * half);
			}
			context.fillStyle = countInk;
			context.font = '700 13px system-ui, sans-serif';
			context.textAlign = 'center';
			context.textBaseline = 'middle';
			for (const { count, x, y } of withCount) context.fillText(String(count), x, y);
		}
		this.fire(PinLayer.drawn);
	}
}
