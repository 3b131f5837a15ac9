import { describe, expect, it } from 'vitest';
import { alike, comparable, withinEditDistance } from '../../../src/lib/terminals/similarity.ts';

describe('edit distance within a limit', () => {
	it.each([
		['', '', 0, true],
		['ленина 5', 'ленина 5', 0, true],
		['ленина 5', 'ленина 7', 0, false],
		['ленина 5', 'ленина 7', 1, true],
		['ахунбаева 119', 'ахунбаев 119', 1, true],
		['kitten', 'sitting', 2, false],
		['kitten', 'sitting', 3, true],
		['абв', '', 2, false],
	] as const)('%j → %j within %i: %s', (a, b, limit, within) => {
		expect(withinEditDistance(a, b, limit)).toBe(within);
		expect(withinEditDistance(b, a, limit)).toBe(within);
	});
});

describe('alike', () => {
	it.each([
		['ахунбаева 119 | филиал оао оптима банк', 'ахунбаев 119 | филиал оао оптима банк', true],
		['масалиева 42 | азс газпромнефть', 'масалиев 42 | азс газпромнефть', true],
		['ленина 5 | азс', 'фрунзе 12 | супермаркет глобус', false],
		['ленина 10 | азс', 'ленина 11 | азс', true],
		['абвгдежзий', 'йизжедгвба', false],
	] as const)('%j and %j: %s', (a, b, expected) => {
		expect(alike(comparable(a), comparable(b), 0.75)).toBe(expected);
	});
});
