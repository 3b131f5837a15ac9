import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './test/support/closing-line-reporter.ts'],
		projects: [
			{
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
