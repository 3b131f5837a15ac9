import { describe, expect, test } from 'vitest';
import { devSiteUrl, requireSiteUrl, siteUrlProblem } from '../../src/integrations/require-site-url.ts';

describe('siteUrlProblem', () => {
	test.each([
		{ value: undefined, problem: /SITE_URL is not set.*QR codes.*SITE_URL=http:\/\/localhost:4321 npm run build/ },
		{ value: '  ', problem: /SITE_URL is not set/ },
		{ value: 'pay.example.kg', problem: /must be an http\(s\) address, found "pay.example.kg"/ },
		{ value: 'ftp://pay.example.kg/', problem: /must be an http\(s\) address/ },
		{ value: 'https://pay.example.kg', site: 'http://localhost:4321', problem: /SITE is set to "http:\/\/localhost:4321".*Unset SITE/ },
	])('$value (SITE $site) → refused', ({ value, site, problem }) => {
		expect(siteUrlProblem(value, site)).toMatch(problem);
	});

	test.each(['https://pay.example.kg', 'https://example.kg/help/', devSiteUrl])('%s → accepted', (value) => {
		expect(siteUrlProblem(value)).toBeUndefined();
		expect(siteUrlProblem(value, value)).toBeUndefined();
	});
});

describe('requireSiteUrl', () => {
	const setup = (command: string, env: NodeJS.ProcessEnv) => () => {
		const hook = requireSiteUrl(env).hooks['astro:config:setup'] as (options: { command: string }) => void;
		hook({ command });
	};

	test.each(['dev', 'preview', 'sync'])('astro %s runs without SITE_URL', (command) => {
		expect(setup(command, {})).not.toThrow();
	});

	test('astro build stops without SITE_URL, saying why and how to set it', () => {
		expect(setup('build', {})).toThrow(/SITE_URL is not set.*npm run build/);
	});

	test('astro build runs with SITE_URL', () => {
		expect(setup('build', { SITE_URL: 'https://pay.example.kg' })).not.toThrow();
	});
});
