import { readMatcher, readSnapshot } from '../../../src/loaders/terminals/content-files.ts';

/** The project root, where the committed `content/terminals/` files are. */
export const root = new URL('../../../', import.meta.url);
export const matcher = readMatcher(root);
export const snapshot = () => readSnapshot(root);
