/**
 * `<kb-search>`: runs Pagefind for the search form around it. The URL is the single source of
 * truth: every change writes the state to the address (pushState for choices, replaceState
 * while typing), and back/forward restore it. Result text is inserted as text, never as HTML,
 * except Pagefind's <mark> highlights, which are rebuilt element by element.
 *
 * Why not Pagefind's Default or Component UI: they show filter values as stored (our ids, such
 * as "service-redesign"), count each facet against its own selection, and keep no state in
 * the URL. Faceting with taxonomy labels, OR within a facet and shareable URLs needs this.
 */
import {
	emptyState,
	eventMarker,
	hasActiveFilters,
	parseSearchState,
	resultKinds,
	searchFacetNames,
	serialiseSearchState,
	toPagefindFilters,
	searchSorts,
	toggleFilter,
	withoutFacet,
	type SearchFacetName,
	type SearchSort,
	type SearchState,
} from '../lib/search-state.ts';
import type { FacetGroup } from '../lib/search-facets.ts';
import { languageOfId, orderResults, readSortFile, sortFileName, type SortIndex } from '../lib/search-sort.ts';
import { syncCompareButtons } from './compare-selection.ts';
import { loadPagefind, type PagefindApi, type PagefindResult, type PagefindResultData } from './pagefind-client.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { scaleBadge } from './dom.ts';
import { casePathPattern } from '../schema/patterns.ts';

interface SearchConfig {
	lang: string;
	groups: FacetGroup[];
	strings: Record<string, string>;
	domainLabels: Record<string, string>;
	caseListUrl: string;
}

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;

class KbSearch extends HTMLElement {
	private config!: SearchConfig;
	private pagefind?: PagefindApi;
	private state: SearchState = emptyState();
	private results: PagefindResult[] = [];
	private shown = 0;
	private sequence = 0;
	private typingTimer: number | undefined;
	private labels = new Map<string, string>();
	/** Facets whose Pagefind filter index has been fetched (see `facetsToLoad`). */
	private loadedFacets = new Set<SearchFacetName>();
	private stageOrder = new Map<string, number>();
	/** Sort files by Pagefind language, fetched the first time results are sorted. */
	private sortIndexes = new Map<string, Promise<SortIndex>>();

	connectedCallback(): void {
		const configElement = document.getElementById('search-config');
		if (!configElement?.textContent) return;
		this.config = JSON.parse(configElement.textContent) as SearchConfig;
		for (const group of this.config.groups) {
			for (const option of group.options) {
				this.labels.set(`${group.name}:${option.value}`, option.label);
				if (option.order !== undefined) this.stageOrder.set(option.value, option.order);
			}
		}
		this.readUrl();
		// On a phone the filters start folded so that the results come first; the panel is open
		// in the HTML so that it works without JavaScript.
		const panel = this.querySelector<HTMLDetailsElement>('[data-filters-panel]');
		if (panel && window.matchMedia('(max-width: 52rem)').matches) panel.open = false;
		// CSS showed the panel folded until now (no layout shift); from here <details> rules.
		this.dataset.ready = '';
		this.bindEvents();
		void this.start();
	}

	private text(key: string, values: Record<string, string | number> = {}): string {
		const template = this.config.strings[key] ?? key;
		return interpolate(template, values);
	}

	private label(name: SearchFacetName, value: string): string {
		return this.labels.get(`${name}:${value}`) ?? value;
	}

	private get form(): HTMLFormElement {
		return this.querySelector('form')!;
	}

	private get queryInput(): HTMLInputElement {
		return this.querySelector<HTMLInputElement>('#search-q')!;
	}

	private get sortSelect(): HTMLSelectElement {
		return this.querySelector<HTMLSelectElement>('#search-sort')!;
	}

	private allowedValues(): Partial<Record<SearchFacetName, ReadonlySet<string>>> {
		const allowed: Partial<Record<SearchFacetName, ReadonlySet<string>>> = {};
		for (const group of this.config.groups) allowed[group.name] = new Set(group.options.map((o) => o.value));
		return allowed;
	}

	/** Reads the state from the address bar and mirrors it in the form controls. */
	private readUrl(): void {
		this.state = parseSearchState(window.location.search, this.allowedValues());
		this.queryInput.value = this.state.q;
		this.sortSelect.value = this.state.sort;
		for (const input of this.querySelectorAll<HTMLInputElement>('.search-facets input[type=checkbox]')) {
			input.checked = this.state.filters[input.name as SearchFacetName]?.includes(input.value) ?? false;
		}
		const total = searchFacetNames.reduce((sum, name) => sum + this.state.filters[name].length, 0);
		const totalMarker = this.querySelector('[data-total-selected]');
		if (totalMarker) totalMarker.textContent = total > 0 ? `(${total})` : '';
		for (const details of this.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
			const name = details.dataset.facet as SearchFacetName;
			const selected = this.state.filters[name].length;
			if (selected > 0) details.open = true;
			const marker = details.querySelector('[data-selected-count]');
			if (marker) marker.textContent = selected > 0 ? `(${selected})` : '';
		}
	}

	private writeUrl(mode: 'push' | 'replace'): void {
		const query = serialiseSearchState(this.state);
		const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
		if (url === `${window.location.pathname}${window.location.search}`) return;
		if (mode === 'push') history.pushState(null, '', url);
		else history.replaceState(null, '', url);
		window.dispatchEvent(new CustomEvent('kb-url-change'));
	}

	private commit(mode: 'push' | 'replace'): void {
		this.writeUrl(mode);
		this.readUrl();
		void this.run();
	}

	private bindEvents(): void {
		this.form.addEventListener('submit', (event) => {
			event.preventDefault();
			window.clearTimeout(this.typingTimer);
			this.state = { ...this.state, q: this.queryInput.value };
			this.commit('push');
		});
		this.queryInput.addEventListener('input', () => {
			window.clearTimeout(this.typingTimer);
			this.typingTimer = window.setTimeout(() => {
				this.state = { ...this.state, q: this.queryInput.value };
				this.writeUrl('replace');
				void this.run();
			}, TYPING_DELAY_MS);
		});
		this.sortSelect.addEventListener('change', () => {
			const sort = this.sortSelect.value;
			if ((searchSorts as readonly string[]).includes(sort)) this.state = { ...this.state, sort: sort as SearchSort };
			this.commit('push');
		});
		this.querySelector('.search-facets')?.addEventListener('change', (event) => {
			const input = event.target as HTMLInputElement;
			if (input.type !== 'checkbox') return;
			this.state = toggleFilter(this.state, input.name as SearchFacetName, input.value, input.checked);
			this.commit('push');
		});
		this.querySelector('[data-clear-all]')?.addEventListener('click', () => {
			this.state = { ...emptyState(), q: this.state.q, sort: this.state.sort };
			this.commit('push');
			this.queryInput.focus();
		});
		this.querySelector('[data-more]')?.addEventListener('click', () => void this.showMore(true));
		// A facet's counts are fetched when its group is first opened (Pagefind filter
		// indexes are loaded per facet, and every group starts folded), which keeps a first
		// search small.
		for (const details of this.querySelectorAll<HTMLDetailsElement>('details[data-facet], details[data-filters-panel]')) {
			details.addEventListener('toggle', () => {
				if (details.open) void this.loadCounts();
			});
		}
		window.addEventListener('popstate', () => {
			this.readUrl();
			void this.run();
		});
	}

	private async start(): Promise<void> {
		try {
			this.pagefind = await loadPagefind(this.dataset.bundle ?? '/pagefind/', this.dataset.base ?? '/');
		} catch {
			this.querySelector<HTMLElement>('[data-load-error]')!.hidden = false;
			return;
		}
		await this.run();
	}

	/** Facets whose counts are on screen: open groups in an open filter panel. */
	private facetsToLoad(): SearchFacetName[] {
		const panel = this.querySelector<HTMLDetailsElement>('[data-filters-panel]');
		if (panel && !panel.open) return [];
		return [...this.querySelectorAll<HTMLDetailsElement>('details[data-facet]')].filter((d) => d.open).map((d) => d.dataset.facet as SearchFacetName);
	}

	/**
	 * Fetches the counts of groups opened since the last search, for the same state. Results,
	 * status line and focus stay as they are: opening a group is not a new search.
	 */
	private async loadCounts(): Promise<void> {
		const pagefind = this.pagefind;
		// Before Pagefind is ready, the first search loads every open group itself.
		if (!pagefind) return;
		const load = this.facetsToLoad().filter((name) => !this.loadedFacets.has(name));
		if (load.length === 0) return;
		const sequence = this.sequence;
		const search = await pagefind.search(this.state.q.trim() || null, { filters: toPagefindFilters(this.state, load) });
		// A newer search renders every count itself.
		if (sequence !== this.sequence) return;
		for (const name of load) this.loadedFacets.add(name);
		// Only the groups just loaded are drawn: they hold no choice (a chosen facet's index is
		// loaded with every search), so the counts of this search are theirs.
		this.renderFacetCounts(search?.filters ?? {}, new Map(), new Set(load));
	}

	/** Runs the search for the current state and renders count, facets, chips and results. */
	private async run(): Promise<void> {
		const pagefind = this.pagefind;
		if (!pagefind) return;
		const sequence = ++this.sequence;
		const status = this.querySelector<HTMLElement>('#search-status')!;
		status.textContent = this.text('search.searching');
		const term = this.state.q.trim() || null;
		const load = this.facetsToLoad();
		// The event marker's index (a few hundred bytes whatever the number of cases) is
		// fetched with every search: the count line says how many events were found.
		const filters = { ...toPagefindFilters(this.state, load), [eventMarker.name]: { any: [] } };
		// No Pagefind sort (see src/lib/search-sort.ts): results come in order of relevance and
		// are ordered below when another sort is chosen.
		const search = await pagefind.search(term, { filters });
		for (const name of load) this.loadedFacets.add(name);
		for (const name of searchFacetNames) if (this.state.filters[name].length > 0) this.loadedFacets.add(name);
		// Counts for a facet with choices are taken without that facet's own filter, so that
		// its other values show how many results choosing them as well would add.
		const facetCounts = new Map<SearchFacetName, Record<string, number>>();
		await Promise.all(
			searchFacetNames
				.filter((name) => this.state.filters[name].length > 0)
				.map(async (name) => {
					const other = await pagefind.search(term, { filters: toPagefindFilters(withoutFacet(this.state, name), [name]) });
					facetCounts.set(name, other?.filters[name] ?? {});
				}),
		);
		const results = await this.ordered(search?.results ?? []);
		if (sequence !== this.sequence) return;
		this.results = results;
		const count = this.results.length;
		this.renderFacetCounts(search?.filters ?? {}, facetCounts);
		this.renderChips();
		this.renderEmptyHelp(count, search?.totalFilters ?? {});
		this.querySelector('[data-results]')!.replaceChildren();
		this.shown = 0;
		await this.showMore(false);
		if (sequence !== this.sequence) return;
		// Announced once the results are on the page, so that the count and the list agree.
		status.textContent = this.countText(count, search?.filters ?? {});
	}

	/**
	 * All results in the chosen order, before any is shown, so that "show more" pages through
	 * one order. Only a sort other than relevance fetches the language's sort file (once); if it
	 * cannot be had, results stay in order of relevance.
	 */
	private async ordered(results: PagefindResult[]): Promise<PagefindResult[]> {
		const sort = this.state.sort;
		if (sort === 'relevance' || results.length < 2) return results;
		try {
			return orderResults(results, await this.sortIndex(languageOfId(results[0]!.id)), sort);
		} catch {
			return results;
		}
	}

	private sortIndex(language: string): Promise<SortIndex> {
		let index = this.sortIndexes.get(language);
		if (!index) {
			const url = new URL(`${this.dataset.bundle ?? '/pagefind/'}${sortFileName(language)}`, window.location.href);
			// Revalidated once per page, as Pagefind does with its entry file: the name carries no
			// hash, and a stale copy would not match the index.
			index = fetch(url, { cache: 'no-cache' }).then(async (response) => {
				if (!response.ok) throw new Error(`${url.href}: ${response.status}`);
				return readSortFile(await response.json());
			});
			// A failed fetch is tried again by the next sorted search.
			index.catch(() => this.sortIndexes.delete(language));
			this.sortIndexes.set(language, index);
		}
		return index;
	}

	/** "12 case studies", "45 case studies and 1 event": events are results of their own kind, never counted as cases. */
	private countText(count: number, filters: Record<string, Record<string, number>>): string {
		if (count === 0) return this.text('search.count.zero');
		const plural = new Intl.PluralRules(this.config.lang);
		const part = (kind: 'case' | 'event', n: number) =>
			this.text(plural.select(n) === 'one' ? `search.count.${kind}.one` : `search.count.${kind}`, { count: n.toLocaleString(this.config.lang) });
		const kinds = resultKinds(count, filters);
		// Should the marker's index be missing, the total is still right, as results.
		if (!kinds)
			return plural.select(count) === 'one' ? this.text('search.count.one') : this.text('search.count', { count: count.toLocaleString(this.config.lang) });
		const { cases, events } = kinds;
		if (events === 0) return part('case', cases);
		if (cases === 0) return part('event', events);
		return this.text('search.count.both', { cases: part('case', cases), events: part('event', events) });
	}

	private renderFacetCounts(
		filters: Record<string, Record<string, number>>,
		ownCounts: Map<SearchFacetName, Record<string, number>>,
		only?: ReadonlySet<SearchFacetName>,
	): void {
		for (const element of this.querySelectorAll<HTMLElement>('[data-count]')) {
			const name = element.closest<HTMLElement>('details')!.dataset.facet as SearchFacetName;
			if (only && !only.has(name)) continue;
			const counts = ownCounts.get(name) ?? filters[name];
			// No counts for a facet whose index has not been fetched: none is shown rather than 0
			// (the count stays empty until its group is opened). Once fetched, Pagefind counts a
			// facet in every later search, so nothing shown is left stale.
			if (!counts) continue;
			const value = counts[element.dataset.count!] ?? 0;
			element.textContent = `(${value.toLocaleString(this.config.lang)})`;
			element.closest('label')!.classList.toggle('is-empty', value === 0);
		}
	}

	private renderChips(): void {
		const container = this.querySelector<HTMLElement>('[data-chips]')!;
		const list = this.querySelector<HTMLElement>('[data-chip-list]')!;
		list.replaceChildren();
		for (const name of searchFacetNames) {
			for (const value of this.state.filters[name]) {
				const item = document.createElement('li');
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'chip';
				const group = this.text(`facet.${name}`);
				const label = this.label(name, value);
				button.setAttribute('aria-label', this.text('search.remove', { group, label }));
				button.append(document.createTextNode(`${group}: ${label} `));
				const cross = document.createElement('span');
				cross.setAttribute('aria-hidden', 'true');
				cross.textContent = '×';
				button.append(cross);
				button.addEventListener('click', () => {
					this.state = toggleFilter(this.state, name, value, false);
					this.commit('push');
					this.queryInput.focus();
				});
				item.append(button);
				list.append(item);
			}
		}
		container.hidden = !hasActiveFilters(this.state);
	}

	/** With no results, suggests removing the filter that matches the fewest case studies. */
	private renderEmptyHelp(count: number, totals: Record<string, Record<string, number>>): void {
		const box = this.querySelector<HTMLElement>('[data-empty]')!;
		box.replaceChildren();
		box.hidden = count > 0;
		if (count > 0) return;
		const heading = document.createElement('p');
		heading.textContent = this.text('search.empty');
		box.append(heading);
		let narrowest: { name: SearchFacetName; value: string; total: number } | undefined;
		for (const name of searchFacetNames) {
			for (const value of this.state.filters[name]) {
				const total = totals[name]?.[value] ?? 0;
				if (!narrowest || total < narrowest.total) narrowest = { name, value, total };
			}
		}
		if (narrowest) {
			const { name, value } = narrowest;
			const hint = document.createElement('p');
			hint.textContent = `${this.text('search.empty.narrowest')} `;
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'link-button';
			button.textContent = `${this.text(`facet.${name}`)}: ${this.label(name, value)}`;
			button.addEventListener('click', () => {
				this.state = toggleFilter(this.state, name, value, false);
				this.commit('push');
			});
			hint.append(button);
			box.append(hint);
		} else if (this.state.q) {
			const hint = document.createElement('p');
			hint.textContent = this.text('search.empty.query');
			box.append(hint);
		}
	}

	private async showMore(moveFocus: boolean): Promise<void> {
		const list = this.querySelector<HTMLElement>('[data-results]')!;
		const more = this.querySelector<HTMLButtonElement>('[data-more]')!;
		const sequence = this.sequence;
		const slice = this.results.slice(this.shown, this.shown + PAGE_SIZE);
		const data = await Promise.all(slice.map((result) => result.data()));
		if (sequence !== this.sequence) return;
		const items = data.map((item) => this.renderResult(item));
		list.append(...items);
		syncCompareButtons(list);
		this.shown += slice.length;
		more.hidden = this.shown >= this.results.length;
		// After "show more", move focus to the first new result so keyboard users continue there.
		if (moveFocus) items[0]?.querySelector('a')?.focus();
	}

	private renderResult(result: PagefindResultData): HTMLLIElement {
		const item = document.createElement('li');
		const heading = document.createElement('h3');
		const link = document.createElement('a');
		link.href = result.url;
		link.textContent = result.meta.title ?? result.url;
		heading.append(link);
		const text = document.createElement('p');
		if (this.state.q.trim() && result.excerpt) text.append(...safeExcerpt(result.excerpt));
		else text.textContent = result.meta.summary ?? '';
		const meta = document.createElement('div');
		meta.className = 'case-meta';
		const addMeta = (value: string | undefined, className?: string) => {
			if (!value) return undefined;
			const span = document.createElement('span');
			span.textContent = value;
			if (className) span.className = className;
			meta.append(span);
			return span;
		};
		if (result.filters.type?.includes('event')) {
			// An event is shown as an event: its kind, dates and place, no stage or start year.
			addMeta(this.label('type', 'event'), 'type-tag');
			addMeta(result.meta.dates);
			addMeta(result.meta.place);
		} else {
			const stage = result.filters.stage?.[0];
			if (stage) meta.append(this.stageBadge(stage));
			addMeta(result.meta.country_name);
			addMeta((result.filters.domain ?? []).map((id) => this.config.domainLabels[id] ?? id).join(' · '));
			const { started, ended, status } = result.meta;
			if (started) addMeta(ended === undefined ? this.text('search.since', { year: started }) : started === ended ? started : `${started}–${ended}`);
			if (status) addMeta(this.label('status', status), 'status-tag')?.setAttribute('data-status', status);
		}
		item.append(heading, text, meta);
		const id = casePathPattern.exec(new URL(result.url, window.location.href).pathname)?.[1];
		if (id) {
			const compare = document.createElement('button');
			compare.type = 'button';
			compare.className = 'link-button compare-add';
			compare.hidden = true;
			compare.dataset.compareAdd = id;
			compare.dataset.compareTitle = result.meta.title ?? id;
			compare.dataset.labelAdd = this.text('compare.add');
			compare.dataset.labelAdded = this.text('compare.added');
			item.append(compare);
		}
		return item;
	}

	private stageBadge(stage: string): HTMLElement {
		return scaleBadge('stage', this.stageOrder.get(stage) ?? 0);
	}
}

/**
 * Pagefind excerpts are HTML with <mark> around matches. Parse them inert (a <template> runs
 * nothing) and keep only text and <mark> elements.
 */
function safeExcerpt(html: string): Node[] {
	const template = document.createElement('template');
	template.innerHTML = html;
	const out: Node[] = [];
	for (const node of template.content.childNodes) {
		if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent ?? ''));
		else if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent ?? '';
			out.push(mark);
		} else out.push(document.createTextNode(node.textContent ?? ''));
	}
	return out;
}

customElements.define('kb-search', KbSearch);
