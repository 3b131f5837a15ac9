/**
 * The retiring service worker: put this file in place of the built site's /sw.js to take the
 * site's service worker away from returning visitors (docs/offline.md says when and how).
 *
 * A browser checks /sw.js for a new version whenever a page of the site opens; it finds this one,
 * which takes over at once, deletes every cache the old worker filled, unregisters itself, and
 * reloads the pages the old worker was serving, so they come from the network from then on.
 * It answers no request itself. A page that still registers /sw.js installs it again on the next
 * visit, and it leaves again at once: keep it at /sw.js until no visitor can hold the old worker.
 */
self.addEventListener('install', () => {
	self.skipWaiting();
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Pages the old worker served: on activation this worker became their controller.
			const served = await self.clients.matchAll({ type: 'window' });
			const names = await caches.keys();
			await Promise.all(names.map((name) => caches.delete(name)));
			await self.registration.unregister();
			// Unregistered, the worker still controls these pages until they reload: reload them from the network.
			await Promise.all(served.map((client) => client.navigate(client.url).catch(() => undefined)));
		})(),
	);
});
