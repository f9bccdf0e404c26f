/**
 * Adds rel="noopener noreferrer" to every link in case-study bodies that leaves the site
 * (GFM autolinks included), so that no external page gets a handle on ours or our URL.
 */
interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

export default function rehypeExternalLinks() {
	const visit = (node: HastNode) => {
		if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.['href'] === 'string' && /^https?:\/\//.test(node.properties['href'])) {
			node.properties['rel'] = ['noopener', 'noreferrer'];
		}
		node.children?.forEach(visit);
	};
	return (tree: HastNode) => visit(tree);
}
