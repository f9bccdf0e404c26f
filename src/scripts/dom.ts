/** A new element with optional text and class: the one small DOM helper the browser modules share. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

/**
 * A stage or evidence badge as the server renders it (StageBadge.astro, EvidenceBadge.astro):
 * a meter of `total` steps, `order` of them filled, hidden from assistive technology, and
 * always the text label.
 */
export function scaleBadge(scale: 'stage' | 'evidence', order: number, total: number, label: string): HTMLSpanElement {
	const badge = el('span', undefined, `${scale}-badge`);
	const meter = el('span', undefined, `${scale}-meter`);
	meter.dataset[scale === 'stage' ? 'stage' : 'level'] = String(order);
	meter.setAttribute('aria-hidden', 'true');
	for (let i = 0; i < total; i++) meter.append(el('span'));
	badge.append(meter, el('span', label));
	return badge;
}
