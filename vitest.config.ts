import { defineConfig } from 'vitest/config';

/**
 * Three projects: unit (pure modules), build (checks over a real production build) and e2e
 * (Chromium through playwright-core). The global setup builds the site once for the last two;
 * `npm run test:unit` skips it.
 */
export default defineConfig({
	test: {
		globalSetup: ['tests/global-setup.ts'],
		reporters: ['default', './tests/helpers/summary-reporter.ts'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 } },
			{ test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
		],
	},
});
