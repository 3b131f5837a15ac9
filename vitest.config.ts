/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests render components with the container API, escaping and all.
export default getViteConfig({
	test: {
		reporters: ['default', './test/support/closing-line-reporter.ts'],
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts'],
			// The worker's entry only runs inside a worker thread, where v8 coverage does not reach.
			exclude: ['src/lib/terminal-pdf/parse-worker.ts'],
			reporter: ['text-summary'],
			// Starlight holds lines 87, functions 90, branches 85; src/lib/ reached 97 / 96 / 90 on 2026-11-25.
			thresholds: { lines: 90, functions: 90, branches: 85, statements: 90 },
		},
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/**/*.test.ts'],
					exclude: ['test/e2e/**'],
					// Coverage instruments every call; on 2 busy cores the 2,000-row PDF takes far more than the default 5 s.
					testTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					globalSetup: ['test/e2e/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
