import type { StepSummary } from '../guide/step-summaries.ts';
import { stepNumber, steps } from '../guide/sections.ts';

/**
 * A step's preview title, «Шаг 4 из 7 · Введите ИНН…»: the number says where in the payment
 * the customer is. Sections after the numbered steps (the receipt, the terminals) have only their title.
 */
export function stepPreviewTitle(summary: Pick<StepSummary, 'id' | 'title'>, stepOf: (number: number, total: number) => string): string {
	const number = stepNumber(summary.id);
	return number === undefined ? summary.title : `${stepOf(number, steps.length)} · ${summary.title}`;
}
