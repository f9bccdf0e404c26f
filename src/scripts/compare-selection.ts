/**
 * The case studies chosen for comparison, kept in localStorage so the choice survives page
 * loads, capped at four. Every change is announced with a `kb-compare-change` event.
 */
import { caseIdPattern } from '../schema/patterns.ts';

export const MAX_COMPARE = 4;
const STORAGE_KEY = 'kb-compare';

export interface SelectedCase {
	id: string;
	title: string;
}

export function loadSelection(): SelectedCase[] {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
		if (!Array.isArray(parsed)) return [];
		// Stored data may have been edited: keep well-formed entries, each case once.
		const seen = new Set<string>();
		return parsed
			.filter((item): item is SelectedCase => typeof item?.id === 'string' && caseIdPattern.test(item.id) && typeof item?.title === 'string')
			.filter((item) => !seen.has(item.id) && Boolean(seen.add(item.id)))
			.slice(0, MAX_COMPARE);
	} catch {
		return [];
	}
}

export function saveSelection(list: readonly SelectedCase[]): void {
	try {
		localStorage.setItem(STORAGE_KEY, JSON.stringify(list.slice(0, MAX_COMPARE)));
	} catch {
		// Storage may be off (private mode); the selection then lasts for this page only.
	}
	window.dispatchEvent(new CustomEvent('kb-compare-change'));
}

export function addToSelection(item: SelectedCase): 'added' | 'present' | 'full' {
	const list = loadSelection();
	if (list.some((s) => s.id === item.id)) return 'present';
	if (list.length >= MAX_COMPARE) return 'full';
	saveSelection([...list, { id: item.id, title: item.title.slice(0, 200) }]);
	return 'added';
}

export function removeFromSelection(id: string): void {
	saveSelection(loadSelection().filter((s) => s.id !== id));
}

/** Shows the "Add to compare" buttons on the page and reflects whether each case is chosen. */
export function syncCompareButtons(root: ParentNode = document): void {
	const chosen = new Set(loadSelection().map((s) => s.id));
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-compare-add]')) {
		const on = chosen.has(button.dataset.compareAdd ?? '');
		button.hidden = false;
		button.setAttribute('aria-pressed', String(on));
		button.textContent = on ? (button.dataset.labelAdded ?? '') : (button.dataset.labelAdd ?? '');
	}
}
