/**
 * Runs after rehype-slug: a body heading whose id is one the page itself uses (see
 * src/lib/page-ids.ts) is given a namespaced id, so that a contributor's heading can never
 * take the target of the page's own links.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { namespacedHeadingId, pageIdPattern } from './page-ids.ts';

export default function rehypeHeadingIds() {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			const id = node.properties['id'];
			if (/^h[1-6]$/.test(node.tagName) && typeof id === 'string' && pageIdPattern.test(id)) node.properties['id'] = namespacedHeadingId(id);
		});
	};
}
