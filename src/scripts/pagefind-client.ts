/**
 * The few parts of Pagefind's browser API this site uses, typed, and a loader that computes the
 * bundle URL at run time (a static `import()` of `/pagefind/pagefind.js` would be resolved by
 * Vite at build time, before Pagefind has written the file).
 */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

export interface PagefindResult {
	id: string;
	data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
	/** Counts of each filter value among the results of this search. */
	filters: Record<string, Record<string, number>>;
	/** Counts of each filter value over the whole index. */
	totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, string> }) => Promise<PagefindSearch | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

export async function loadPagefind(bundlePath: string, baseUrl: string): Promise<PagefindApi> {
	const url = new URL(`${bundlePath}pagefind.js`, window.location.href).href;
	const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
	await api.options({ baseUrl, bundlePath, excerptLength: 30 });
	await api.init();
	return api;
}
