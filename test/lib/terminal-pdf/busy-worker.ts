/** A parser thread stuck in one synchronous stretch, as a hostile file could keep pdf.js: no timer on it ever fires. */
for (;;);
