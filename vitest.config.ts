/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests render components with the container API, escaping and all.
export default getViteConfig({
	test: {
		reporters: ['default', './test/support/closing-line-reporter.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/**/*.test.ts'],
					exclude: ['test/e2e/**'],
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
