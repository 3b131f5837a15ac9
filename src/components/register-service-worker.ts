/**
 * Registers the service worker that keeps the guide and the terminal list readable offline. A
 * browser without service workers, or one that blocks them, just reads the page from the network.
 * When a new build's worker takes over a page an older one served, the page reloads once, so its
 * HTML, CSS and JS all come from the same build.
 */
if ('serviceWorker' in navigator) {
	const servedByOlderBuild = navigator.serviceWorker.controller !== null;
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (!servedByOlderBuild || reloading) return;
		reloading = true;
		location.reload();
	});
	addEventListener('load', () => {
		navigator.serviceWorker.register('/sw.js').catch(() => {
			// Offline reading is an extra (and `astro dev` has no sw.js); the page itself is already here.
		});
	});
}
