import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import type { SiteText } from './site-texts.ts';

/** A word a language's dictionary does not know, and every place it appears. */
export interface Misspelling {
	word: string;
	where: string[];
}

const kyrgyzAnalyser = fileURLToPath(new URL('apertium-kir/kir.automorf.bin', import.meta.url));

/**
 * Words of a text: runs of letters, joined by hyphens or apostrophes. Words with Latin letters
 * are names (Optima, Dos Tek Group’ка, WhatsApp, PDF): no Cyrillic dictionary has them.
 */
export function wordsOf(text: string): string[] {
	return [...text.matchAll(/\p{L}[\p{L}\p{M}’'\u2011-]*/gu)]
		.map(([word]) => word.replace(/[’'\u2011-]+$/u, ''))
		.filter((word) => !/[A-Za-z]/.test(word));
}

/**
 * Words each tool is given. Apertium reads «кадам-кадам» as two words and a hyphen, so Kyrgyz
 * words are split at hyphens; hunspell knows Russian hyphenated words («какой-то») whole.
 */
const toolWords = (locale: Locale, word: string): string[] => (locale === 'ky' ? word.split(/[\u2011-]/u).filter(Boolean) : [word]);

/** The words the analyser cannot analyse: Apertium marks them `^word/*word$`. One `lt-proc` run for all. */
function unknownKyrgyz(words: readonly string[]): Set<string> {
	const output = execFileSync('lt-proc', ['-w', kyrgyzAnalyser], { input: `${words.join('\n')}\n`, encoding: 'utf8' });
	return new Set([...output.matchAll(/\^([^/$]*)\/\*/g)].map(([, word]) => word ?? ''));
}

/** The words Debian's Russian hunspell dictionary does not know: `hunspell -l` lists them. One run for all. */
function unknownRussian(words: readonly string[]): Set<string> {
	const output = execFileSync('hunspell', ['-d', 'ru_RU', '-l'], { input: `${words.join('\n')}\n`, encoding: 'utf8' });
	return new Set(output.split('\n').filter(Boolean));
}

/** Words the dictionary does not know, in one process call per language, each with every place it is used. */
export function unknownWords(locale: Locale, texts: readonly SiteText[]): Misspelling[] {
	const places = new Map<string, string[]>();
	for (const { where, text } of texts) {
		for (const word of wordsOf(text).flatMap((each) => toolWords(locale, each))) {
			const list = places.get(word) ?? [];
			if (!list.includes(where)) list.push(where);
			places.set(word, list);
		}
	}
	const words = [...places.keys()];
	const unknown = locale === 'ky' ? unknownKyrgyz(words) : unknownRussian(words);
	return words.filter((word) => unknown.has(word)).map((word) => ({ word, where: places.get(word) ?? [] }));
}

/**
 * `content/spelling/<locale>.txt`: words the dictionary lacks but the site rightly uses, one a
 * line, `#` comments. A line ending in `*` allows every form of a stem (`тиркеме*`), since
 * Kyrgyz adds its suffixes to a word the dictionary lacks as to any other.
 */
export function readAllowList(locale: Locale): string[] {
	const text = readFileSync(new URL(`../../../content/spelling/${locale}.txt`, import.meta.url), 'utf8');
	return text
		.split('\n')
		.map((line) => line.replace(/#.*$/, '').trim())
		.filter(Boolean);
}

/** Whether an allow-list entry covers a word: the same word, or a form of an allowed stem. */
export const allows = (entry: string, word: string): boolean =>
	entry.endsWith('*') ? word.toLowerCase().startsWith(entry.slice(0, -1).toLowerCase()) : entry === word;
