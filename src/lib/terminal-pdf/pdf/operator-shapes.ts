import { least, most } from '../extremes.ts';
import type { Rule } from '../page-content.ts';

/** The pdf.js operator numbers this walk needs; the adapter passes `OPS` so this file stays free of pdfjs-dist. */
export interface OperatorIds {
	save: number;
	restore: number;
	transform: number;
	paintFormXObjectBegin: number;
	paintFormXObjectEnd: number;
	constructPath: number;
	setFont: number;
	showText: number;
	strokes: readonly number[];
	fills: readonly number[];
}

/** The drawing commands inside a v5+ `constructPath` buffer (pdf.js `DrawOPS`). */
const draw = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

export type Matrix = readonly [number, number, number, number, number, number];

export const multiply = (m: Matrix, n: Matrix): Matrix => [
	m[0] * n[0] + m[2] * n[1],
	m[1] * n[0] + m[3] * n[1],
	m[0] * n[2] + m[2] * n[3],
	m[1] * n[2] + m[3] * n[3],
	m[0] * n[4] + m[2] * n[5] + m[4],
	m[1] * n[4] + m[3] * n[5] + m[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

// Rulings are often 1 px boxes; anything thicker than this is a shaded area, not a line.
const maxRuleThickness = 3;
const straight = 0.5;

function segmentRule(x0: number, y0: number, x1: number, y1: number): Rule | undefined {
	if (Math.abs(y0 - y1) <= straight && Math.abs(x0 - x1) > straight)
		return { x0: Math.min(x0, x1), y0: (y0 + y1) / 2, x1: Math.max(x0, x1), y1: (y0 + y1) / 2 };
	if (Math.abs(x0 - x1) <= straight && Math.abs(y0 - y1) > straight)
		return { x0: (x0 + x1) / 2, y0: Math.min(y0, y1), x1: (x0 + x1) / 2, y1: Math.max(y0, y1) };
	return undefined;
}

const isRectangle = (points: [number, number][], xs: number[], ys: number[]) =>
	points.length >= 4 &&
	points.length <= 5 &&
	points.every(([x, y]) => xs.some((edge) => Math.abs(edge - x) <= straight) && ys.some((edge) => Math.abs(edge - y) <= straight));

/**
 * The rules a filled path draws: a thin bar is one rule; a filled rectangle (a shaded cell, or a
 * white cell on a dark table whose 1 px gaps are the ruling) has its four edges as rules.
 */
function fillRules(points: [number, number][]): Rule[] {
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	const [x0, x1, y0, y1] = [least(xs), most(xs), least(ys), most(ys)];
	if (y1 - y0 <= maxRuleThickness && x1 - x0 > y1 - y0) return [{ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 }];
	if (x1 - x0 <= maxRuleThickness && y1 - y0 > x1 - x0) return [{ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 }];
	if (!isRectangle(points, [x0, x1], [y0, y1])) return [];
	return [
		{ x0, y0, x1, y1: y0 },
		{ x0, y0: y1, x1, y1 },
		{ x0, y0, x1: x0, y1 },
		{ x0: x1, y0, x1, y1 },
	];
}

/** Splits a path buffer into subpaths of points in page space; curves are not rulings, so a curved subpath is dropped. */
function subpaths(buffer: ArrayLike<number>, matrix: Matrix): { points: [number, number][]; closed: boolean }[] {
	const result: { points: [number, number][]; closed: boolean; curved: boolean }[] = [];
	let current: (typeof result)[number] | undefined;
	for (let i = 0; i < buffer.length;) {
		const command = buffer[i++];
		if (command === draw.moveTo || command === draw.lineTo) {
			const point = apply(matrix, buffer[i] ?? 0, buffer[i + 1] ?? 0);
			i += 2;
			if (command === draw.moveTo || !current) result.push((current = { points: [], closed: false, curved: false }));
			current.points.push(point);
		} else if (command === draw.curveTo || command === draw.quadraticCurveTo) {
			i += command === draw.curveTo ? 6 : 4;
			if (current) current.curved = true;
		} else if (command === draw.closePath) {
			if (current) current.closed = true;
		} else break;
	}
	return result.filter(({ curved }) => !curved);
}

interface OperatorShapes {
	rules: Rule[];
	glyphWidths: Map<string, Map<string, number>>;
}

/**
 * Walks a page's operator list, keeping the current transform, and collects the straight
 * strokes and thin filled bars that draw a table, plus each font's glyph advances, which
 * tell where a word sits inside a text item that pdf.js merged across columns.
 */
export function collectOperatorShapes(
	fnArray: readonly number[],
	argsArray: readonly unknown[],
	ids: OperatorIds,
	pageMatrix: Matrix,
): OperatorShapes {
	const rules: Rule[] = [];
	const glyphWidths = new Map<string, Map<string, number>>();
	const stack: Matrix[] = [];
	let matrix = pageMatrix;
	let font = new Map<string, number>();
	for (let i = 0; i < fnArray.length; i++) {
		const fn = fnArray[i];
		const args = argsArray[i] as unknown[] | null;
		if (fn === ids.save) stack.push(matrix);
		else if (fn === ids.restore) matrix = stack.pop() ?? matrix;
		else if (fn === ids.transform && args) matrix = multiply(matrix, args as unknown as Matrix);
		else if (fn === ids.paintFormXObjectBegin && args) {
			stack.push(matrix);
			if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]))
				matrix = multiply(matrix, Array.from(args[0] as ArrayLike<number>) as unknown as Matrix);
		} else if (fn === ids.paintFormXObjectEnd) matrix = stack.pop() ?? matrix;
		else if (fn === ids.setFont && args) {
			const name = String(args[0]);
			font = glyphWidths.get(name) ?? new Map();
			glyphWidths.set(name, font);
		} else if (fn === ids.showText && args) {
			for (const glyph of (args[0] ?? []) as unknown[]) {
				if (typeof glyph !== 'object' || glyph === null) continue;
				const { unicode, width } = glyph as { unicode?: unknown; width?: unknown };
				if (typeof unicode === 'string' && unicode.length === 1 && typeof width === 'number') font.set(unicode, width / 1000);
			}
		} else if (fn === ids.constructPath && args) {
			const [paint, [buffer], bounds] = args as [number, [ArrayLike<number> | null], unknown];
			if (!buffer || !bounds) continue;
			for (const { points, closed } of subpaths(buffer, matrix)) {
				if (ids.strokes.includes(paint)) {
					const ends = closed ? [...points, points[0]] : points;
					for (let p = 1; p < ends.length; p++) {
						const [a, b] = [ends[p - 1], ends[p]];
						const rule = a && b ? segmentRule(a[0], a[1], b[0], b[1]) : undefined;
						if (rule) rules.push(rule);
					}
				} else if (ids.fills.includes(paint) && points.length > 1) {
					rules.push(...fillRules(points));
				}
			}
		}
	}
	return { rules, glyphWidths };
}
