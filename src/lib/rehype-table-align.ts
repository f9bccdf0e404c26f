/**
 * GFM writes column alignment as `style="text-align:…"` on table cells. The Content-Security-
 * Policy allows no inline styles, so the alignment becomes a class (`align-right` …) instead.
 */
interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

export default function rehypeTableAlign() {
	const visit = (node: HastNode) => {
		if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th') && typeof node.properties?.['style'] === 'string') {
			const align = /text-align:\s*(left|right|center)/.exec(node.properties['style'])?.[1];
			delete node.properties['style'];
			if (align) {
				const existing = node.properties['className'];
				node.properties['className'] = [...(Array.isArray(existing) ? existing : []), `align-${align}`];
			}
		}
		node.children?.forEach(visit);
	};
	return (tree: HastNode) => visit(tree);
}
