import { describe, expect, test } from 'vitest';
import { countingProgress, stderrProgress, withActivity, type ProgressOutput } from '../../../scripts/lib/progress.ts';

/** An output that records what it was given, and a clock the test moves. */
function recorder(isTTY: boolean) {
	const written: string[] = [];
	let clock = 0;
	const output: ProgressOutput = { isTTY, write: (text) => written.push(text) };
	return { output, written, now: () => new Date(clock), advance: (ms: number) => (clock += ms) };
}

describe('stderrProgress', () => {
	test.each([
		[true, true],
		[false, false],
		[undefined, false],
	])('a stream with isTTY %s draws a live line: %s', (isTTY, live) => {
		const written: string[] = [];
		const output = stderrProgress({ isTTY, write: (text: string) => written.push(text) });
		output.write('x');
		expect(output.isTTY).toBe(live);
		expect(written).toEqual(['x']);
	});
});

describe('countingProgress', () => {
	test('on a terminal, one live line redrawn after each item, ended by a newline', () => {
		const run = recorder(true);
		const progress = countingProgress(run.output, { total: 3, items: 'addresses', now: run.now });
		for (const found of [true, false, true]) {
			run.advance(1000);
			progress.tick(found);
		}
		progress.finish();
		expect(run.written).toEqual([
			'\r\x1b[2K1/3 addresses (33 %), 1 found, about 2 s left',
			'\r\x1b[2K2/3 addresses (66 %), 1 found, about 1 s left',
			'\r\x1b[2K3/3 addresses (100 %), 2 found, done',
			'\n',
		]);
	});

	test('without a terminal, a whole line at each tenth of the way, and nothing to end', () => {
		const run = recorder(false);
		const progress = countingProgress(run.output, { total: 25, items: 'addresses', now: run.now });
		for (let item = 0; item < 25; item++) {
			run.advance(1000);
			progress.tick(item % 2 === 0);
		}
		progress.finish();
		expect(run.written).toHaveLength(10);
		expect(run.written.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
		expect(run.written[0]).toBe('3/25 addresses (12 %), 2 found, about 22 s left\n');
		expect(run.written.at(-1)).toBe('25/25 addresses (100 %), 13 found, done\n');
	});

	test('a run of fewer than ten items still reports each tenth it reaches', () => {
		const run = recorder(false);
		const progress = countingProgress(run.output, { total: 2, items: 'addresses', now: run.now, msPerItemAtLeast: 1000 });
		progress.tick(true);
		progress.tick(true);
		expect(run.written.map((line) => line.split(' ')[0])).toEqual(['1/2', '2/2']);
	});

	test('with no output, silent', () => {
		const progress = countingProgress(undefined, { total: 2, items: 'addresses', now: () => new Date(0) });
		expect(() => {
			progress.tick(true);
			progress.finish();
		}).not.toThrow();
	});
});

describe('withActivity', () => {
	test('without a terminal, a line when the step starts and one with its time', async () => {
		const run = recorder(false);
		const result = await withActivity(run.output, 'parsing list.pdf', run.now, async () => {
			run.advance(3_000);
			return 42;
		});
		expect(result).toBe(42);
		expect(run.written).toEqual(['parsing list.pdf…\n', 'parsing list.pdf: 3 s\n']);
	});

	test('on a terminal, a live line replaced by the outcome; a failure says it stopped and passes on', async () => {
		const run = recorder(true);
		const failing = withActivity(run.output, 'downloading and parsing https://bank.kg/list.pdf', run.now, async () => {
			run.advance(65_000);
			throw new Error('offline');
		});
		await expect(failing).rejects.toThrow('offline');
		expect(run.written).toEqual([
			'\r\x1b[2Kdownloading and parsing https://bank.kg/list.pdf…',
			'\r\x1b[2Kdownloading and parsing https://bank.kg/list.pdf: stopped after 1 min 05 s\n',
		]);
	});

	test('with no output, only the step runs', async () => {
		expect(
			await withActivity(
				undefined,
				'parsing',
				() => new Date(0),
				async () => 'done',
			),
		).toBe('done');
	});
});
