import { fileURLToPath } from 'node:url';
import type { MdastPluginInstance } from 'satteri';
import { checkSectionIds, describeSectionIdProblem } from './check-section-ids.ts';

const idsKey = 'guideSectionIds';

/**
 * A Sätteri mdast plugin that fails the build when a guide file's `<Step id="…">` sections
 * differ from the shared list, so a language that misses, renames or reorders a step never
 * reaches readers. Other Markdown and MDX files pass through untouched.
 */
export function guideSectionsPlugin(isGuideFile: (path: string) => boolean): MdastPluginInstance & { name: string } {
	const appliesTo = (fileURL: URL | undefined): fileURL is URL => fileURL !== undefined && isGuideFile(fileURLToPath(fileURL));
	return {
		name: 'guide-sections',
		before(_root, context) {
			if (appliesTo(context.fileURL)) context.data[idsKey] = [];
		},
		mdxJsxFlowElement(node, context) {
			const ids = context.data[idsKey];
			if (node.name !== 'Step' || !Array.isArray(ids)) return;
			const id = node.attributes.find((attribute) => 'name' in attribute && attribute.name === 'id')?.value;
			ids.push(typeof id === 'string' ? id : '(no literal id)');
		},
		after(_root, context) {
			const ids = context.data[idsKey];
			if (!appliesTo(context.fileURL) || !Array.isArray(ids)) return;
			const problems = checkSectionIds(ids);
			if (problems.length > 0) {
				const lines = problems.map((problem) => `  - ${describeSectionIdProblem(problem)}`);
				throw new Error(`${fileURLToPath(context.fileURL)}:\n${lines.join('\n')}`);
			}
		},
	};
}
