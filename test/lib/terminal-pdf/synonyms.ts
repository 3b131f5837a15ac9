import { readFileSync } from 'node:fs';
import { parseHeaderSynonyms } from '../../../src/lib/terminal-pdf/header/header-synonyms.ts';
import { headerMatcher } from '../../../src/lib/terminal-pdf/header/map-header.ts';

export const synonymsJson = JSON.parse(readFileSync(new URL('../../../content/terminals/header-synonyms.json', import.meta.url), 'utf8'));
export const synonyms = parseHeaderSynonyms(synonymsJson);
export const matcher = headerMatcher(synonyms);
