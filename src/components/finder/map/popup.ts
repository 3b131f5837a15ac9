import type { MapTranslate } from './map-keys.ts';
import { itemText } from '../item-text.ts';

function paragraph(className: string, text: string): HTMLParagraphElement {
	const element = document.createElement('p');
	element.className = className;
	element.textContent = text;
	return element;
}

/** The card's route links, rebuilt as new nodes: one link per app, each its own href and name. */
function routeLinks(item: Element): HTMLParagraphElement | undefined {
	const line = item.querySelector('.t-go');
	if (!line) return undefined;
	const copy = paragraph('map-popup-go', `${(line.textContent ?? '').split(':')[0]?.trim() ?? ''}:`);
	for (const from of line.querySelectorAll('a')) {
		const link = document.createElement('a');
		link.href = from.href;
		link.textContent = from.textContent;
		copy.append(' ', link);
	}
	return copy;
}

/**
 * A pin's popup, built from DOM nodes and `textContent` only: the text comes from the bank's PDF,
 * and a popup given an HTML string would run whatever markup that text holds.
 * Each terminal's lines are read from its item in the page's list, with the same route links,
 * and a link leads back to it.
 */
export function buildPopup(ids: readonly string[], approximate: boolean, t: MapTranslate): HTMLElement {
	const popup = document.createElement('div');
	popup.className = 'map-popup';
	if (ids.length > 1) popup.append(paragraph('map-popup-count', t('finder.map.terminals', { count: ids.length })));
	if (approximate) popup.append(paragraph('map-popup-note', t('finder.map.centre')));
	const list = document.createElement('ul');
	for (const id of ids) {
		const item = document.getElementById(`t-${id}`);
		if (!item) continue;
		const entry = document.createElement('li');
		entry.append(
			paragraph('map-popup-address', itemText(item, '.t-address')),
			...(item.querySelector('.t-place') ? [paragraph('', itemText(item, '.t-place'))] : []),
			paragraph('', itemText(item, '.t-hours-text')),
		);
		const go = routeLinks(item);
		if (go) entry.append(go);
		const link = document.createElement('a');
		link.href = `#t-${id}`;
		link.textContent = t('finder.map.inList');
		entry.append(link);
		list.append(entry);
	}
	popup.append(list);
	return popup;
}
