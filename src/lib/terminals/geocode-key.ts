import { identityWords } from './terminal-id.ts';

/** The geocode cache's key for a terminal: its settlement and address, normalised, so a new id or «ул.» → «улица» still hits. */
export function geocodeKey(settlement: string, address: string): string {
	return `${identityWords(settlement).join(' ')} | ${identityWords(address).join(' ')}`;
}
