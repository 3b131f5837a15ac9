/**
 * The `terminals` command: `parse` (reads a PDF of the bank's list and prints it as JSON),
 * `update`, `diff` and `geocode`, one file each in scripts/terminals/; see README.md.
 *
 *   npm run --silent terminals -- parse <file.pdf> [--max-bytes N] [--max-pages N] [--timeout-ms N]
 */
import { enableCompileCache } from 'node:module';

// Node keeps what it compiles (TypeScript stripped, V8 code) under os.tmpdir() or
// NODE_COMPILE_CACHE, so a later run loads pdf.js and the parser without compiling them again,
// about a quarter of a second of `parse`. The variable carries it into the parser's worker
// thread. Enabled before anything else is imported: modules loaded earlier are not cached.
const cache = enableCompileCache();
if (cache.directory !== undefined) process.env.NODE_COMPILE_CACHE = cache.directory;

const subcommands = {
	update: async () => (await import('./terminals/update.ts')).update,
	diff: async () => (await import('./terminals/diff.ts')).diff,
	geocode: async () => (await import('./terminals/geocode.ts')).geocode,
} as const;
const subcommand = process.argv[2];
if (subcommand !== undefined && Object.hasOwn(subcommands, subcommand)) {
	const { processContext } = await import('./terminals/context.ts');
	const run = await subcommands[subcommand as keyof typeof subcommands]();
	process.exit(await run(process.argv.slice(3), processContext()));
}
// Anything else is `parse`, which reports a usage mistake itself.
await import('./terminals/parse.ts');
