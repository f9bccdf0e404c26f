/**
 * Runs after rehype-autolink-headings: gives each heading's "#" link an accessible name in the
 * language of the file ("Link to this section: Context", "Lien vers cette section : Contexte"),
 * which the autolink plugin cannot do, as it sees the heading but not the file.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Plain text of hast nodes. */
const textOf = (nodes: readonly ElementContent[]): string =>
	nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('');

export interface AnchorLabelOptions {
	/** The selector class of the anchor links. */
	className: string;
	/** The accessible name, given the heading's text and the path of the file. */
	label: (heading: string, path: string) => string;
}

export default function rehypeAnchorLabels(options: AnchorLabelOptions) {
	return (tree: Root, file: { path?: string | undefined }) => {
		visit(tree, 'element', (node: Element) => {
			if (!/^h[1-6]$/.test(node.tagName)) return;
			const anchor = node.children.find(
				(child): child is Element =>
					child.type === 'element' && child.tagName === 'a' && String(child.properties['className'] ?? '').includes(options.className),
			);
			if (!anchor) return;
			const text = textOf(node.children.filter((child) => child !== anchor)).trim();
			anchor.properties['ariaLabel'] = options.label(text, file.path ?? '');
		});
	};
}
