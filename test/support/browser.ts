import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, quiet on a closed network: nothing here may wait on the internet. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
		],
	});
}
