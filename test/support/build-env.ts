/**
 * The environment of an `astro build` a test starts. Vitest copies its config's `import.meta.env`
 * into `process.env`, SITE among it (the dev default, as vitest loads astro.config.mjs without
 * SITE_URL), and a SITE variable would override SITE_URL where pages read `import.meta.env.SITE`:
 * the build refuses it (requireSiteUrl), so it is left out here.
 */
export function astroBuildEnv(variables: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...variables };
	delete env.SITE;
	return env;
}
