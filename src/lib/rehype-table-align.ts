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
		const properties = node.properties;
		if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th') && properties && (properties['align'] || properties['style'])) {
			// mdast-util-to-hast sets `align`; MDX and the HTML serialiser turn it into a style.
			const align = typeof properties['align'] === 'string' ? properties['align'] : /text-align:\s*(left|right|center)/.exec(String(properties['style']))?.[1];
			delete properties['align'];
			delete properties['style'];
			if (align) {
				const existing = properties['className'];
				properties['className'] = [...(Array.isArray(existing) ? existing : []), `align-${align}`];
			}
		}
		node.children?.forEach(visit);
	};
	return (tree: HastNode) => visit(tree);
}
