import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** Versions below these have known vulnerabilities; `npm audit` cannot reach its service from here. */
const floors = { 'pdfjs-dist': '6.2.108' };

const lock = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8')) as {
	packages: Record<string, { version?: string }>;
};

/** Compares `major.minor.patch` numerically; a pre-release sorts before its release. */
function compareVersions(a: string, b: string): number {
	const parse = (version: string) => {
		const [core = '', pre] = version.split('-', 2);
		return { parts: core.split('.').map(Number), pre };
	};
	const [left, right] = [parse(a), parse(b)];
	for (let i = 0; i < 3; i++) {
		const difference = (left.parts[i] ?? 0) - (right.parts[i] ?? 0);
		if (difference !== 0) return Math.sign(difference);
	}
	if (left.pre === right.pre) return 0;
	return left.pre === undefined ? 1 : right.pre === undefined ? -1 : left.pre < right.pre ? -1 : 1;
}

test.each([
	{ a: '6.2.108', b: '6.2.108', expected: 0 },
	{ a: '6.5.438', b: '6.2.108', expected: 1 },
	{ a: '6.2.99', b: '6.2.108', expected: -1 },
	{ a: '6.10.0', b: '6.2.108', expected: 1 },
	{ a: '5.99.999', b: '6.2.108', expected: -1 },
	{ a: '6.2.108-beta.1', b: '6.2.108', expected: -1 },
])('compareVersions($a, $b) = $expected', ({ a, b, expected }) => {
	expect(compareVersions(a, b)).toBe(expected);
});

describe.each(Object.entries(floors))('%s in package-lock.json', (name, floor) => {
	const copies = Object.entries(lock.packages).filter(
		([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`),
	);

	test(`every installed copy is ${floor} or newer`, () => {
		expect(copies.length, `${name} is not in package-lock.json`).toBeGreaterThan(0);
		const old = copies
			.filter(([, { version = '0.0.0' }]) => compareVersions(version, floor) < 0)
			.map(([path, { version }]) => `${path}@${version}`);
		expect(old, `below ${floor}: update with npm install ${name}@latest`).toEqual([]);
	});
});
