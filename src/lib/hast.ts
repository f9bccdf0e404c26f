/** The few fields of a hast node that our rehype plugins read, and a depth-first walk. */
export interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

export function walkElements(node: HastNode, visit: (element: HastNode & { properties: Record<string, unknown> }) => void): void {
	if (node.type === 'element' && node.properties) visit(node as HastNode & { properties: Record<string, unknown> });
	node.children?.forEach((child) => walkElements(child, visit));
}
