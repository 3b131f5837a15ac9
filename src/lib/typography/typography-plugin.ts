import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { typeset } from './typeset.ts';

const localeKey = 'typographyLocale';

/** Components whose text is shown exactly as written: the app's own labels. */
const verbatim = new Set(['AppLabel']);

/** Components that print a number; the text right after them starts with its unit or suffix. */
const numbers = new Set(['NumberLength']);

/** A stand-in for a component's number, so «<NumberLength /> сан» is typeset like «16 сан». */
const numberStandIn = '0';

interface TreeNode {
	type: string;
	name?: string | null;
	children?: TreeNode[];
}

/**
 * A Sätteri mdast plugin that typesets a guide file's text at build time, in its language
 * (`typeset()`): every text node. Code, URLs and `<AppLabel>` text stay as written. JSX
 * attributes cannot be changed from a plugin, so `<Step>` typesets its own `title`. A text node
 * is typeset alone; a short word at its end still gets its no-break space, since the space is in
 * the same node. Files for which `localeOf` gives no locale pass untouched.
 */
export function typographyPlugin(localeOf: (path: string) => string | undefined): MdastPluginDefinition {
	return {
		name: 'typography',
		before(_root, context) {
			const locale = context.fileURL && localeOf(fileURLToPath(context.fileURL));
			if (isLocale(locale)) context.data[localeKey] = locale;
		},
		text(node, context) {
			const locale = context.data[localeKey] as Locale | undefined;
			if (!locale) return;
			const parent = context.parent(node) as TreeNode | undefined;
			for (let ancestor = parent; ancestor; ancestor = context.parent(ancestor as never) as TreeNode | undefined) {
				if (ancestor.type === 'mdxJsxTextElement' && verbatim.has(ancestor.name ?? '')) return;
			}
			const previous = parent?.children?.[(context.indexOf(node) ?? 0) - 1];
			const afterNumber = previous?.type === 'mdxJsxTextElement' && numbers.has(previous.name ?? '');
			const value = afterNumber ? typeset(numberStandIn + node.value, locale).slice(numberStandIn.length) : typeset(node.value, locale);
			if (value !== node.value) context.setProperty(node, 'value', value);
		},
	};
}
