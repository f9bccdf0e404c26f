/** A new element with optional text and class: the one small DOM helper the browser modules share. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

/**
 * A stage or evidence badge, cloned from the page's server-rendered templates
 * (BadgeTemplates.astro), so that it is exactly the badge StageBadge.astro / EvidenceBadge.astro
 * render: meter hidden from assistive technology, and always the text label.
 */
export function scaleBadge(scale: 'stage' | 'evidence', order: number): HTMLElement {
	const template = document.querySelector<HTMLTemplateElement>(`template[data-badge="${scale}"][data-order="${order}"]`);
	const badge = template?.content.firstElementChild?.cloneNode(true);
	if (!(badge instanceof HTMLElement)) throw new Error(`no ${scale} badge template for order ${order} on this page`);
	return badge;
}
