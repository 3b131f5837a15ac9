import type { Rule } from '../page-content.ts';

/** Collinear rule pieces closer than this (points) are one ruling: tables draw borders cell by cell, some with spacing between cells. */
const joinGap = 4;

export interface Rulings {
	/** Horizontal rulings: `at` is y, from `start` to `end` along x. */
	horizontal: Segment[];
	/** Vertical rulings: `at` is x, from `start` to `end` along y. */
	vertical: Segment[];
}

export interface Segment {
	at: number;
	start: number;
	end: number;
}

// Sorted pieces join one of the last few rulings: a page of hatching stays linear, not quadratic.
const lookBack = 8;

function mergeSegments(segments: Segment[]): Segment[] {
	const sorted = [...segments].sort((a, b) => a.at - b.at || a.start - b.start);
	const merged: Segment[] = [];
	for (const segment of sorted) {
		const recent = merged.slice(-lookBack);
		const last = recent.findLast(
			(candidate) => Math.abs(candidate.at - segment.at) <= joinGap / 2 && segment.start <= candidate.end + joinGap,
		);
		if (last) last.end = Math.max(last.end, segment.end);
		else merged.push({ ...segment });
	}
	return merged;
}

/** Joins a page's rule pieces into whole horizontal and vertical rulings. */
export function findRulings(rules: readonly Rule[]): Rulings {
	const horizontal = rules.filter((rule) => rule.y0 === rule.y1).map((rule) => ({ at: rule.y0, start: rule.x0, end: rule.x1 }));
	const vertical = rules
		.filter((rule) => rule.x0 === rule.x1 && rule.y0 !== rule.y1)
		.map((rule) => ({ at: rule.x0, start: rule.y0, end: rule.y1 }));
	return { horizontal: mergeSegments(horizontal), vertical: mergeSegments(vertical) };
}

/** Positions of rulings that cover all of `from`–`to` (less a tolerance), one per cluster, sorted. */
export function rulingsAcross(segments: readonly Segment[], from: number, to: number, tolerance = 1): number[] {
	const positions = segments
		.filter((segment) => segment.start <= from + tolerance && segment.end >= to - tolerance)
		.map((segment) => segment.at)
		.sort((a, b) => a - b);
	return positions.filter((position, index) => index === 0 || position - (positions[index - 1] ?? position) > joinGap);
}
