/**
 * Footnote checks on a case-study body, read from the parsed tree (so code blocks and inline
 * code are never mistaken for citations): every `[^n]` is the number of a listed source and has
 * a definition. A footnote is a citation: the page shows it as the source's number and links it
 * into the Sources list (src/lib/rehype-source-citations.ts), so a label such as `[^note]` has
 * nowhere to lead.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { sourceBoundProblem, sourceNumberText } from '../../schema/fields.ts';
import type { Diagnostic } from './diagnostic.ts';

/** A `[^label]` that is not a definition. */
const undefinedCall = /\[\^([^\]\s]+)\](?!:)/g;

export function checkFootnotes(file: string, tree: Root, sourceCount: number): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const report = (label: string, place: { line: number; column: number }, message?: string) => {
		if (!sourceNumberText.test(label))
			message = `footnote [^${label}] must be the number of a source (1 to ${sourceCount}): [^2] cites the second entry of \`sources\``;
		if (message) diagnostics.push({ file, ...place, severity: 'error', message });
	};
	visit(tree, (node) => {
		const start = node.position?.start ?? { line: 1, column: 1 };
		if (node.type === 'footnoteDefinition') {
			const bound = sourceBoundProblem(Number(node.identifier), sourceCount);
			report(node.label ?? node.identifier, start, bound && `footnote [^${node.identifier}] ${bound}`);
		} else if (node.type === 'footnoteReference') {
			// GFM makes `[^n]` a reference only when `[^n]: …` is defined, so its bound is
			// reported once, at the definition.
			report(node.label ?? node.identifier, start);
		} else if (node.type === 'text') {
			// A call without a definition stays text.
			for (const match of node.value.matchAll(undefinedCall)) {
				const label = match[1]!;
				const before = node.value.slice(0, match.index);
				const newline = before.lastIndexOf('\n');
				const line = start.line + before.split('\n').length - 1;
				const column = newline === -1 ? start.column + match.index : match.index - newline;
				report(label, { line, column }, `footnote [^${label}] has no definition; add a line "[^${label}]: …" at the end`);
			}
		}
	});
	return diagnostics;
}
