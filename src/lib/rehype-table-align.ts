/**
 * GFM column alignment arrives as `align` on table cells, which MDX and the HTML serialiser
 * turn into `style="text-align:…"`. The Content-Security-Policy allows no inline styles, so the
 * alignment becomes a class (`align-right` …) instead.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeTableAlign() {
	return (tree: Root) =>
		visit(tree, 'element', (cell) => {
			if (cell.tagName !== 'td' && cell.tagName !== 'th') return;
			const { align: alignProperty, style } = cell.properties;
			if (alignProperty === undefined && style === undefined) return;
			const align = typeof alignProperty === 'string' ? alignProperty : /text-align:\s*(left|right|center)/.exec(String(style))?.[1];
			delete cell.properties['align'];
			delete cell.properties['style'];
			if (align) {
				const existing = cell.properties['className'];
				cell.properties['className'] = [...(Array.isArray(existing) ? existing : []), `align-${align}`];
			}
		});
}
