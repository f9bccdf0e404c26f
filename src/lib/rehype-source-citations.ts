/**
 * Turns GFM footnotes into citations of the case study's numbered Sources list.
 *
 * A body cites source n with `[^n]`. remark-gfm numbers footnote marks by order of first use
 * and renders its own footnote list, so the mark for `[^5]` could read "3" while "3." in the
 * Sources list and "[3]" in the results table meant another source. Here every mark shows the
 * number of the source it cites and leads to that entry of the one Sources list
 * (`#source-n`, rendered by SourceList.astro); the footnote list, which only repeated the
 * sources, is dropped. The validator makes sure every label is a source number in range.
 */
import type { ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** The id of entry n of the Sources list; the one place this anchor is spelt. */
export const sourceAnchorId = (n: number | string): string => `source-${n}`;

/** The id of the k-th citation (from 1) of source n in the body. */
export const citationId = (n: number | string, k: number): string => `cite-${n}-${k}`;

const footnoteHref = /^#user-content-fn-(\d+)$/;

export interface SourceCitationsOptions {
	/**
	 * Accessible name of a mark, given the source number (e.g. "Source 5") and the path of the
	 * file, whose name says its language (`x-road.fr.mdx`).
	 */
	label: (n: string, path: string) => string;
}

export default function rehypeSourceCitations(options: SourceCitationsOptions) {
	return (tree: Root, file: { path?: string | undefined }) => {
		const seen = new Map<string, number>();
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined && parent && index !== undefined) {
				parent.children.splice(index, 1);
				return [SKIP, index];
			}
			if (node.tagName !== 'a' || node.properties['dataFootnoteRef'] === undefined) return;
			const label = footnoteHref.exec(String(node.properties['href'] ?? ''))?.[1];
			// A label that is not a source number is refused by the validator; leave it alone here.
			if (label === undefined) return;
			const k = (seen.get(label) ?? 0) + 1;
			seen.set(label, k);
			node.properties = {
				href: `#${sourceAnchorId(label)}`,
				id: citationId(label, k),
				className: ['citation'],
				dataCitation: label,
				ariaLabel: options.label(label, file.path ?? ''),
			};
			node.children = [{ type: 'text', value: label } satisfies ElementContent];
			return SKIP;
		});
	};
}
