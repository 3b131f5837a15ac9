import { mdxToMdast } from 'satteri';
import type { Locale } from '../i18n/locales.ts';
import { numberKind } from '../number-check/number-rules.ts';
import { keepVerbatim, typeset } from '../typography/typeset.ts';
import { isSectionId, type SectionId } from './sections.ts';

/** What a link to one section says about it: its title and its first sentence, as plain text, typeset as the guide shows them. */
export interface StepSummary {
	id: SectionId;
	title: string;
	firstSentence: string;
}

/** The parts of an mdast/MDX node this module reads; the parser's own types are wider than needed. */
interface Node {
	type: string;
	value?: string;
	name?: string | null;
	attributes?: readonly { type: string; name?: string; value?: unknown }[];
	children?: readonly Node[];
}

const attribute = (node: Node, name: string): string | undefined => {
	const value = node.attributes?.find((each) => each.type === 'mdxJsxAttribute' && each.name === name)?.value;
	return typeof value === 'string' ? value : undefined;
};

/**
 * The text a reader sees for a node, the way the guide's components render it: an app label
 * with its gloss in brackets (in quotes, since plain text has no label box), a number length
 * as the number from `content/number-rules.json`.
 */
function plainText(node: Node): string {
	if (node.type === 'text') return node.value ?? '';
	if (node.type === 'mdxJsxTextElement') {
		if (node.name === 'AppLabel') {
			const gloss = attribute(node, 'gloss');
			return `«${keepVerbatim(childrenText(node))}»${gloss ? ` (${keepVerbatim(gloss)})` : ''}`;
		}
		if (node.name === 'NumberLength') {
			const kind = attribute(node, 'kind');
			if (kind !== 'inn' && kind !== 'invoice') throw new Error(`<NumberLength kind="${kind ?? ''}">: expected kind "inn" or "invoice".`);
			return String(numberKind(kind).length);
		}
		throw new Error(`<${node.name ?? '?'}> inside a guide sentence: step-summaries.ts does not know its text; teach plainText() about it.`);
	}
	return childrenText(node);
}

const childrenText = (node: Node): string => (node.children ?? []).map(plainText).join('');

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Up to the first full stop, question or exclamation mark (with closing quotes) that ends a word run. */
const firstSentenceOf = (text: string): string => /^.*?[.!?…][»")]*(?=\s|$)/su.exec(text)?.[0] ?? text;

/**
 * The first sentence of a section. A sentence that ends in a colon announces the list under it
 * («введите одно из двух:»), so the list's items, which carry their own punctuation, finish it.
 */
function sectionFirstSentence(section: Node): string {
	const blocks = section.children ?? [];
	const index = blocks.findIndex((block) => block.type === 'paragraph');
	const paragraph = blocks[index];
	if (!paragraph) return '';
	const text = squash(plainText(paragraph));
	const sentence = firstSentenceOf(text);
	const list = blocks[index + 1];
	if (sentence === text && text.endsWith(':') && list?.type === 'list') {
		const items = (list.children ?? []).map((item) => squash(plainText(item)));
		return `${text} ${items.join(' ')}`;
	}
	return sentence;
}

/**
 * Every `<Step>` of one language's guide, in document order, read from its MDX source. The
 * build already refuses a guide whose ids differ from `sections.ts`, so this is the same list.
 * The text is typeset in `locale`, as the guide page typesets it; app labels stay as written.
 */
export function stepSummaries(mdxSource: string, locale: Locale): StepSummary[] {
	const root = mdxToMdast(mdxSource) as unknown as Node;
	const summaries: StepSummary[] = [];
	const visit = (node: Node): void => {
		if (node.type === 'mdxJsxFlowElement' && node.name === 'Step') {
			const id = attribute(node, 'id') ?? '';
			if (!isSectionId(id)) throw new Error(`<Step id="${id}"> is not a guide section id; see src/lib/guide/sections.ts.`);
			summaries.push({
				id,
				title: typeset(squash(attribute(node, 'title') ?? ''), locale),
				firstSentence: typeset(sectionFirstSentence(node), locale),
			});
			return;
		}
		node.children?.forEach(visit);
	};
	visit(root);
	return summaries;
}
