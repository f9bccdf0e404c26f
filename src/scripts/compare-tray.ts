/**
 * `<kb-compare-tray>`: the site-wide tray of case studies chosen for comparison, and the
 * behaviour of every "Add to compare" button (which pages render hidden, so that without
 * JavaScript no dead button shows). Strings come from the element's data attributes.
 */
import { MAX_COMPARE, addToSelection, loadSelection, removeFromSelection, saveSelection, syncCompareButtons } from './compare-selection.ts';
import { interpolate } from '../i18n/interpolate.ts';

class KbCompareTray extends HTMLElement {
	connectedCallback(): void {
		this.querySelector('[data-tray-clear]')?.addEventListener('click', () => saveSelection([]));
		this.render();
		syncCompareButtons();
		window.addEventListener('kb-compare-change', () => {
			this.render();
			syncCompareButtons();
		});
		window.addEventListener('storage', (event) => {
			if (event.key === 'kb-compare') window.dispatchEvent(new CustomEvent('kb-compare-change'));
		});
		document.addEventListener('click', (event) => {
			const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-compare-add]');
			if (!button) return;
			const id = button.dataset.compareAdd ?? '';
			if (button.getAttribute('aria-pressed') === 'true') {
				removeFromSelection(id);
				return;
			}
			if (addToSelection({ id, title: button.dataset.compareTitle ?? id }) === 'full') this.announce(this.dataset.full ?? '');
		});
	}

	private announce(message: string): void {
		const status = this.querySelector<HTMLElement>('[data-tray-status]');
		if (status) status.textContent = message;
	}

	private render(): void {
		const list = loadSelection();
		this.hidden = list.length === 0;
		const items = this.querySelector<HTMLElement>('[data-tray-list]')!;
		items.replaceChildren(
			...list.map((item) => {
				const li = document.createElement('li');
				const title = document.createElement('span');
				title.textContent = item.title;
				const remove = document.createElement('button');
				remove.type = 'button';
				remove.className = 'tray-remove';
				remove.textContent = '×';
				remove.setAttribute('aria-label', interpolate(this.dataset.remove ?? '{title}', { title: item.title }));
				remove.addEventListener('click', () => removeFromSelection(item.id));
				li.append(title, remove);
				return li;
			}),
		);
		const go = this.querySelector<HTMLAnchorElement>('[data-tray-go]')!;
		go.href = `${this.dataset.compareUrl ?? '/compare/cases/'}?ids=${list.map((s) => s.id).join(',')}`;
		go.textContent = interpolate(this.dataset.go ?? '{count}', { count: list.length });
		if (list.length < MAX_COMPARE) this.announce('');
	}
}

customElements.define('kb-compare-tray', KbCompareTray);
