import type { MessageValues } from './format-message.ts';
import type { UiStrings } from './translations.ts';

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A key as code names it: `checker.rule`, never one of its plural forms `checker.rule_one`. */
export type TranslationKey = keyof UiStrings extends infer Key ? (Key extends `${infer Base}_${PluralForm}` ? Base : Key & string) : never;

/**
 * Fills a UI string in the reader's language: i18next's `t` at build time, `formatMessage`
 * in the browser. Both sides take this one type, so shared code (the number checker's
 * messages) is written once for either. Browser code that ships only some strings takes
 * `Translate<Key>` with their keys, so asking for one it was not given fails to compile.
 */
export type Translate<Key extends TranslationKey = TranslationKey> = (key: Key, values?: MessageValues) => string;
