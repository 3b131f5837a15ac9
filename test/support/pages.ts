import { localeCodes } from '../../src/lib/i18n/locales.ts';

/** Every page a reader can land on, by path: the chooser, the guide in each language, the 404. */
export const guidePaths = localeCodes.map((locale) => `/${locale}/`);
export const allPaths = ['/', ...guidePaths, '/no-such-page/'];
