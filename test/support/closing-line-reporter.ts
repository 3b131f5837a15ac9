import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain `vitest: N passed, N failed` line, a closing line any CI can read
 * whatever the runner, so a run that executed no test cannot pass for a green one.
 */
export default class ClosingLineReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
		const states = testModules.flatMap((module) => [...module.children.allTests()].map((test) => test.result().state));
		const count = (state: string) => states.filter((each) => each === state).length;
		const skipped = count('skipped');
		console.log(`vitest: ${count('passed')} passed, ${count('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
	}
}
