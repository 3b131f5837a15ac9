import { createHash } from 'node:crypto';
import { slug } from './transliterate.ts';

/** What a terminal is, for identity: its settlement, address and place, never its printed number. */
export interface IdentityText {
	settlement: string;
	address: string;
	place: string;
}

// Words that say what kind of street or building follows; «ул.» → «улица» must not change an id.
const streetWords = new Set(
	[
		'ул',
		'улица',
		'пр',
		'пр-т',
		'просп',
		'проспект',
		'бул',
		'бульвар',
		'пер',
		'переулок',
		'пл',
		'площадь',
		'мкр',
		'микрорайон',
		'м-н',
		'ж/м',
		'жм',
		'д',
		'дом',
		'көч',
		'көчөсү',
		'кочосу',
		'бульвары',
		'проспекти',
	].map((word) => word.toLowerCase()),
);

/** The words of a text that carry identity, lowercase, without street-kind words and punctuation. */
export function identityWords(text: string): string[] {
	return text
		.toLowerCase()
		.replaceAll('ё', 'е')
		.split(/[\s,.;:«»"“”„()]+/u)
		.map((word) => word.replace(/^[-–—/№#]+|[-–—/№#]+$/gu, ''))
		.filter((word) => word !== '' && !streetWords.has(word));
}

/** Identity as one comparable string: equal for «ул. Ленина, 5» and «улица Ленина 5». */
export function identityKey(text: IdentityText): string {
	return [text.settlement, text.address, text.place].map((part) => identityWords(part).join(' ')).join(' | ');
}

const maxLength = 64;

/** A readable id from the identity text, e.g. `bishkek-kievskaya-77-tsum-aychurok`, cut at a word within 64 characters. */
export function baseId(text: IdentityText): string {
	const words = [text.settlement, text.address, text.place].flatMap((part) => slug(identityWords(part).join(' ')).split('-'));
	let id = '';
	for (const word of words.filter((part) => part !== '')) {
		const next = id === '' ? word : `${id}-${word}`;
		if (next.length > maxLength) break;
		id = next;
	}
	return id === '' ? 'terminal' : id;
}

/** Six hex digits of the row's whole text: tells apart rows whose base ids collide, whatever their order. */
export function textHash(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 6);
}
