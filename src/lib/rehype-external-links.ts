/**
 * Adds rel="noopener noreferrer" to every link in case-study bodies that leaves the site
 * (GFM autolinks and protocol-relative `//host/…` links included), so that no external page
 * gets a handle on ours or our URL.
 */
import { walkElements, type HastNode } from './hast.ts';

export default function rehypeExternalLinks() {
	return (tree: HastNode) =>
		walkElements(tree, (element) => {
			const href = element.properties['href'];
			if (element.tagName === 'a' && typeof href === 'string' && /^(?:https?:)?\/\//i.test(href)) element.properties['rel'] = ['noopener', 'noreferrer'];
		});
}
