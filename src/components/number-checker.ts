import { formatMessage, type Templates } from '../lib/i18n/format-message.ts';
import { checkNumber, type NumberCheck } from '../lib/number-check/check-number.ts';
import { formatGroups } from '../lib/number-check/format-groups.ts';
import type { Translate } from '../lib/i18n/translate.ts';
import { describeCheck, type CheckDescription } from '../lib/number-check/messages.ts';
import type { NumberKindId, NumberRules } from '../lib/number-check/rules.ts';

/** Long enough to finish typing a group of digits, short enough to feel like an answer. */
const settleDelay = 900;

/**
 * `<number-checker>`: checks the ИНН or invoice number at step 4 as the reader types or pastes.
 * Rendered `hidden` and shown by this script, so without JavaScript the step keeps only its text.
 */
class NumberChecker extends HTMLElement {
	private rules!: NumberRules;
	private t!: Translate;
	private timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback(): void {
		const { locale = 'ru', rules = '{}', strings = '{}' } = this.dataset;
		const templates = JSON.parse(strings) as Templates;
		this.rules = JSON.parse(rules) as NumberRules;
		this.t = (key, values) => formatMessage(templates, locale, key, values);
		const form = this.querySelector('form');
		if (!form) return;
		this.hidden = false;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.showVerdict(true);
		});
		form.addEventListener('input', (event) => {
			this.showCount();
			clearTimeout(this.timer);
			const kindChanged = (event.target as HTMLInputElement).name === 'kind';
			this.timer = setTimeout(() => this.showVerdict(), kindChanged ? 0 : settleDelay);
		});
		this.querySelector('[data-copy]')?.addEventListener('click', () => void this.copy());
		this.showCount();
	}

	private get input(): HTMLInputElement {
		return this.querySelector('#checker-number') as HTMLInputElement;
	}

	private check(): NumberCheck {
		const kind = (this.querySelector('input[name="kind"]:checked') as HTMLInputElement | null)?.value as NumberKindId;
		return checkNumber(this.input.value, kind, this.rules);
	}

	private showCount(): void {
		const check = this.check();
		this.text('#checker-rule', this.t('checker.rule', { count: check.expected }));
		this.text('#checker-count', this.t('checker.count', { count: check.length, expected: check.expected }));
	}

	/** Only an explicit check tells the reader the field is empty; a pause in typing does not nag. */
	private showVerdict(submitted = false): void {
		clearTimeout(this.timer);
		const check = this.check();
		const verdict = this.querySelector('#checker-verdict') as HTMLElement;
		if (check.verdict === 'empty' && !submitted) {
			verdict.replaceChildren();
			this.input.removeAttribute('aria-invalid');
			return;
		}
		if (check.kindFromLabel) this.choose(check.kind);
		const description = describeCheck(check, this.t);
		verdict.dataset['verdict'] = check.verdict;
		const sentences = [description.kindFromLabel, ...description.lookAlikes, description.removed, description.converted];
		verdict.replaceChildren(
			this.verdictLine(description),
			...sentences.filter((sentence) => sentence !== undefined).map((sentence) => paragraph(sentence)),
		);
		this.input.setAttribute('aria-invalid', String(check.verdict !== 'ok'));
		this.input.setAttribute('aria-describedby', 'checker-rule checker-count checker-verdict');
		const result = this.querySelector('.checker-result') as HTMLElement;
		result.hidden = check.verdict !== 'ok';
		this.text('#checker-clean', formatGroups(check.clean));
		this.text('.checker-result [role="status"]', '');
	}

	/** The verdict, an error led by its word («Ошибка:»), so it is told from success without colour. */
	private verdictLine({ verdict, problemMark }: CheckDescription): HTMLParagraphElement {
		const line = paragraph(verdict);
		if (problemMark) {
			const mark = document.createElement('strong');
			mark.className = 'problem-mark';
			mark.textContent = `${problemMark}: `;
			line.prepend(mark);
		}
		return line;
	}

	/** Selects the kind a pasted label named («Счёт №» → the invoice), as if the reader had. */
	private choose(kind: NumberKindId): void {
		const radio = this.querySelector<HTMLInputElement>(`input[name="kind"][value="${kind}"]`);
		if (radio && !radio.checked) radio.checked = true;
		this.showCount();
	}

	private async copy(): Promise<void> {
		const { clean } = this.check();
		const status = '.checker-result [role="status"]';
		this.text(status, '');
		try {
			await navigator.clipboard.writeText(clean);
			this.text(status, this.t('checker.copied'));
		} catch {
			const output = this.querySelector('#checker-clean') as HTMLElement;
			getSelection()?.selectAllChildren(output);
			this.text(status, this.t('checker.copyFailed'));
		}
	}

	private text(selector: string, text: string): void {
		const element = this.querySelector(selector);
		if (element) element.textContent = text;
	}
}

function paragraph(text: string): HTMLParagraphElement {
	const element = document.createElement('p');
	element.textContent = text;
	return element;
}

customElements.define('number-checker', NumberChecker);
