import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: the one browser every test and fixture script runs. */
export const chromiumPath = '/usr/bin/chromium';

/** Flags for a machine on a closed network: nothing here may wait on the internet, nor on a GPU or a sandbox. */
export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];

/** Chromium for scripts that drive pages themselves (the fixture generator, the bench, the preview images); browser tests use `useBrowser()`. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: ['--headless', ...chromiumFlags] });
}
