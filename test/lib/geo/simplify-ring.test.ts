import { expect, test } from 'vitest';
import { simplifyRing, type LngLat } from '../../../src/lib/geo/simplify-ring.ts';

// At the equator a degree is 111.195 km both ways, so 0.001° ≈ 0.111 km.
const square: LngLat[] = [
	[0, 0],
	[0.5, 0],
	[1, 0],
	[1, 0.5],
	[1, 1],
	[0.5, 1],
	[0, 1],
	[0, 0.5],
	[0, 0],
];

test.each([
	{
		name: 'points on straight edges go',
		ring: square,
		tolerance: 0.1,
		expected: [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0],
		],
	},
	{
		name: 'a 1 km bump stays at 0.5 km',
		ring: [
			[0, 0],
			[0.5, 0.009],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0],
		],
		tolerance: 0.5,
		expected: [
			[0, 0],
			[0.5, 0.009],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0],
		],
	},
	{
		name: 'a 1 km bump goes at 2 km',
		ring: [
			[0, 0],
			[0.5, 0.009],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0],
		],
		tolerance: 2,
		expected: [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0],
		],
	},
	{
		name: 'a triangle is already minimal',
		ring: [
			[0, 0],
			[1, 0],
			[0, 1],
			[0, 0],
		],
		tolerance: 1000,
		expected: [
			[0, 0],
			[1, 0],
			[0, 1],
			[0, 0],
		],
	},
	// A bump of 0.01° of longitude is 1.11 km at the equator but 0.56 km at 60° N.
	{
		name: '0.01° of longitude at 60° N is under 0.6 km',
		ring: [
			[0, 60],
			[1, 60],
			[1, 61],
			[0, 61],
			[0.01, 60.5],
			[0, 60],
		],
		tolerance: 0.6,
		expected: [
			[0, 60],
			[1, 60],
			[1, 61],
			[0, 61],
			[0, 60],
		],
	},
	{
		name: '0.01° of longitude at 60° N is over 0.5 km',
		ring: [
			[0, 60],
			[1, 60],
			[1, 61],
			[0, 61],
			[0.01, 60.5],
			[0, 60],
		],
		tolerance: 0.5,
		expected: [
			[0, 60],
			[1, 60],
			[1, 61],
			[0, 61],
			[0.01, 60.5],
			[0, 60],
		],
	},
	{
		name: '0.01° of longitude at the equator is over 0.6 km',
		ring: [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0.01, 0.5],
			[0, 0],
		],
		tolerance: 0.6,
		expected: [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0.01, 0.5],
			[0, 0],
		],
	},
] satisfies { name: string; ring: LngLat[]; tolerance: number; expected: LngLat[] }[])('$name', ({ ring, tolerance, expected }) => {
	expect(simplifyRing(ring, tolerance)).toEqual(expected);
});
