/**
 * The state of the search page and its URL form. Everything a search view shows is in the URL
 * (`/search/?q=…&country=EE&country=FI&stage=systematic&sort=started`), so a pasted link
 * restores the same view. Parsing is defensive: the URL is user input.
 */

export const searchFacetNames = ['country', 'region', 'domain', 'stage', 'level', 'status', 'policy', 'condition', 'evidence', 'decade', 'type'] as const;
export type SearchFacetName = (typeof searchFacetNames)[number];

export const searchSorts = ['relevance', 'started', 'started-asc', 'title'] as const;
export type SearchSort = (typeof searchSorts)[number];

export interface SearchState {
	q: string;
	filters: Record<SearchFacetName, string[]>;
	sort: SearchSort;
}

/** Longest query kept from a URL; longer input is cut, never rejected. */
export const maxQueryLength = 200;
/** Filter values are taxonomy ids (or ISO codes, decades): short, plain characters only. */
const filterValuePattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
const maxValuesPerFacet = 60;

export function emptyFilters(): Record<SearchFacetName, string[]> {
	return Object.fromEntries(searchFacetNames.map((name) => [name, [] as string[]])) as Record<SearchFacetName, string[]>;
}

export function emptyState(): SearchState {
	return { q: '', filters: emptyFilters(), sort: 'relevance' };
}

/**
 * Reads a state from a query string. Unknown keys, malformed values and values that are not
 * allowed (when `allowed` is given) are dropped; duplicates are removed.
 */
export function parseSearchState(query: string | URLSearchParams, allowed?: Partial<Record<SearchFacetName, ReadonlySet<string>>>): SearchState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const state = emptyState();
	state.q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, maxQueryLength);
	for (const name of searchFacetNames) {
		const values: string[] = [];
		for (const raw of params.getAll(name)) {
			for (const value of raw.split(',')) {
				const clean = value.trim();
				if (!filterValuePattern.test(clean)) continue;
				if (allowed?.[name] && !allowed[name]!.has(clean)) continue;
				if (!values.includes(clean) && values.length < maxValuesPerFacet) values.push(clean);
			}
		}
		state.filters[name] = values;
	}
	const sort = params.get('sort');
	state.sort = (searchSorts as readonly string[]).includes(sort ?? '') ? (sort as SearchSort) : 'relevance';
	return state;
}

/** The query string of a state, in a stable order; empty parts are left out. */
export function serialiseSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const name of searchFacetNames) for (const value of state.filters[name]) params.append(name, value);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	return params.toString();
}

export function hasActiveFilters(state: SearchState): boolean {
	return searchFacetNames.some((name) => state.filters[name].length > 0);
}

export function toggleFilter(state: SearchState, name: SearchFacetName, value: string, on: boolean): SearchState {
	const current = state.filters[name].filter((v) => v !== value);
	return { ...state, filters: { ...state.filters, [name]: on ? [...current, value] : current } };
}

export function withoutFacet(state: SearchState, name: SearchFacetName): SearchState {
	return { ...state, filters: { ...state.filters, [name]: [] } };
}

/**
 * Pagefind filter object: values within a facet are OR (`any`), facets combine with AND.
 * Facets in `load` without a selection get an empty `any`, which filters nothing but makes
 * Pagefind fetch that facet's index, so that its counts come back with the results; facets
 * nobody looks at are not fetched at all.
 */
export function toPagefindFilters(state: SearchState, load: readonly SearchFacetName[] = []): Record<string, { any: string[] }> {
	const filters: Record<string, { any: string[] }> = {};
	for (const name of searchFacetNames) {
		if (state.filters[name].length > 0) filters[name] = { any: [...state.filters[name]] };
		else if (load.includes(name)) filters[name] = { any: [] };
	}
	return filters;
}

/**
 * A Pagefind filter that only event pages carry (`data-pagefind-filter="is-event:yes"`). The
 * status line ("45 case studies and 1 event") loads it with every search, counts events with
 * it and case studies as the rest. The `type` facet says the same, but every case page carries
 * `type:case-study`, so its index grows with the cases (about 22 KB at 10,000) and would be
 * fetched with every search for one sentence; this one holds a handful of pages. It is not a
 * facet: it never appears in the form or the URL.
 */
export const eventMarker = { name: 'is-event', value: 'yes' } as const;

/** The `data-pagefind-filter` value of an event page's marker. */
export const eventMarkerFilter = `${eventMarker.name}:${eventMarker.value}`;

/**
 * Case studies and events among `total` results, from the marker's counts in a search's
 * `filters`; undefined when the marker's index was not loaded or the counts do not add up.
 */
export function resultKinds(total: number, filters: Record<string, Record<string, number>>): { cases: number; events: number } | undefined {
	const counts = filters[eventMarker.name];
	if (!counts) return undefined;
	const events = counts[eventMarker.value] ?? 0;
	if (!Number.isInteger(events) || events < 0 || events > total) return undefined;
	return { cases: total - events, events };
}
