import { launchChromium } from './test/support/chromium.ts';
import { serveStatic } from './test/support/static-server.ts';
const server = await serveStatic(`${process.cwd()}/dist`);
const browser = await launchChromium();
for (const path of ['/ky/', '/ru/', '/ru/terminals/', '/ky/terminals/', '/staff/']) {
	const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
	await page.goto(server.url + path);
	await page.waitForTimeout(500);
	const small = await page.evaluate(() =>
		[...document.querySelectorAll('a, button, input, select, summary')]
			.filter((e) => (e as HTMLElement).checkVisibility())
			.map((e) => {
				const target = e.matches('input[type=checkbox], input[type=radio]') ? e.closest('label') ?? e : e;
				const r = target.getBoundingClientRect();
				return `${e.tagName} ${(e.textContent ?? '').trim().slice(0, 30)} ${Math.round(r.width)}x${Math.round(r.height)}`;
			})
			.filter((s) => { const [w, h] = s.split(' ').at(-1)!.split('x').map(Number); return w! < 44 || h! < 44; }),
	);
	console.log(path, [...new Set(small)].slice(0, 15));
	await page.close();
}
await browser.close(); await server.close();
