import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from 'vitest';
import { collectOperatorShapes, type Matrix } from '../../../../src/lib/terminal-pdf/pdf/operator-shapes.ts';
import { pdfOperatorIds } from '../../../../src/lib/terminal-pdf/pdf/read-pdf-pages.ts';

// pdf.js 5+ hands each painted path over as [paint op, [Float32Array of draw ops], bounding box].
const [moveTo, lineTo, curveTo, closePath] = [0, 1, 2, 4];
const path = (paint: number, ...ops: number[]) =>
	[OPS.constructPath, [paint, [new Float32Array(ops)], new Float32Array([0, 0, 1, 1])]] as const;
const rectangle = (x: number, y: number, w: number, h: number) => [
	moveTo,
	x,
	y,
	lineTo,
	x + w,
	y,
	lineTo,
	x + w,
	y + h,
	lineTo,
	x,
	y + h,
	closePath,
];
// A portrait A4 page: PDF's y grows upwards, ours downwards from the top.
const page: Matrix = [1, 0, 0, -1, 0, 842];

function shapes(...operators: (readonly [number, unknown])[]) {
	return collectOperatorShapes(
		operators.map(([fn]) => fn),
		operators.map(([, args]) => args),
		pdfOperatorIds,
		page,
	);
}

test('a stroked line and a stroked rectangle give their straight edges, flipped to top-down', () => {
	const { rules } = shapes(path(OPS.stroke, moveTo, 10, 800, lineTo, 200, 800), path(OPS.closeStroke, ...rectangle(10, 700, 100, 20)));
	expect(rules).toContainEqual({ x0: 10, y0: 42, x1: 200, y1: 42 });
	expect(rules).toContainEqual({ x0: 110, y0: 122, x1: 110, y1: 142 });
	expect(rules).toHaveLength(5);
});

test('a thin filled bar is one rule along its middle; a filled cell gives its four edges', () => {
	expect(shapes(path(OPS.fill, ...rectangle(10, 800, 300, 1))).rules).toEqual([{ x0: 10, y0: 41.5, x1: 310, y1: 41.5 }]);
	expect(shapes(path(OPS.fill, ...rectangle(10, 700, 100, 20))).rules).toHaveLength(4);
});

test('diagonals, curves and unpainted clip paths are not rules', () => {
	const { rules } = shapes(
		path(OPS.stroke, moveTo, 0, 0, lineTo, 100, 100),
		path(OPS.stroke, moveTo, 0, 0, curveTo, 10, 0, 20, 0, 30, 0),
		path(OPS.endPath, ...rectangle(0, 0, 595, 842)),
	);
	expect(rules).toEqual([]);
});

test('follows save, transform and restore', () => {
	const { rules } = shapes(
		[OPS.save, null],
		[OPS.transform, [2, 0, 0, 2, 100, 0]],
		path(OPS.stroke, moveTo, 0, 10, lineTo, 50, 10),
		[OPS.restore, null],
		path(OPS.stroke, moveTo, 0, 10, lineTo, 50, 10),
	);
	expect(rules).toEqual([
		{ x0: 100, y0: 822, x1: 200, y1: 822 },
		{ x0: 0, y0: 832, x1: 50, y1: 832 },
	]);
});

test('remembers each font’s glyph advances in em', () => {
	const { glyphWidths } = shapes(
		[OPS.setFont, ['g_f1', 10]],
		[OPS.showText, [[{ unicode: 'Ш', width: 830 }, -120, { unicode: '1', width: 556 }]]],
	);
	expect(glyphWidths.get('g_f1')).toEqual(
		new Map([
			['Ш', 0.83],
			['1', 0.556],
		]),
	);
});
