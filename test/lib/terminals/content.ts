import { readTerminalContent } from '../../../src/loaders/terminals/content-files.ts';

/** The project root, where the committed `content/terminals/` files are. */
export const root = new URL('../../../', import.meta.url);
export const content = readTerminalContent(root);
export const matcher = content.matcher;
export const snapshot = () => readTerminalContent(root).snapshot;
