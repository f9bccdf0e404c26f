/**
 * Sorting search results by title or start year without Pagefind's sorts.
 *
 * A `data-pagefind-sort` key puts a permutation of every page into the language's `pf_meta`,
 * which every search fetches, sorted or not: the two keys this site had (start year, title)
 * doubled it (104 KB against 51 KB at 10,000 cases). Instead the build writes one sort file
 * per language beside the index (`pagefind/sort.<language>.json`), read from Pagefind's own
 * fragments, and the search page fetches it only when a reader sorts; relevance, the default,
 * costs nothing extra.
 *
 * The file lists the language's pages in title order (the language's `Intl.Collator`), with
 * each page's start year beside it: the rank in the list is the title order, and start-year
 * orders break ties by it. Pure: the integration reads and writes the files.
 */
import type { SearchSort } from './search-state.ts';

/** The sorts that change Pagefind's order (relevance keeps it). */
export type ResultSort = Exclude<SearchSort, 'relevance'>;

/** What the sort file needs from one Pagefind fragment. */
export interface FragmentRecord {
	/** Pagefind's result id: the fragment's file name without extension, `<language>_<hash>`. */
	id: string;
	title: string;
	/** The year the programme or event started; undefined when the page has none. */
	started?: number;
}

/** The sort file of one language (`pagefind/sort.<language>.json`). */
export interface SortFile {
	version: 1;
	/** Pagefind's language: the part of every result id before `_`. */
	language: string;
	/**
	 * The language's result ids without their `<language>_` prefix, in title order, separated
	 * by spaces (two bytes a page fewer than an array of strings).
	 */
	ids: string;
	/** The start year of each page, in the same order; null when it has none. */
	started: (number | null)[];
}

/** A sort file read in the browser, ready to order results. */
export interface SortIndex {
	language: string;
	/** Full result id to its position in title order. */
	rank: Map<string, number>;
	/** Start years by position in title order. */
	started: (number | null)[];
}

/** The decompressed text of a Pagefind 1.x fragment starts with this, followed by JSON. */
export const fragmentSignature = 'pagefind_dcd';
export const fragmentExtension = '.pf_fragment';

export function sortFileName(language: string): string {
	return `sort.${language}.json`;
}

/** The Pagefind language of a result id (`en_dd132d8` → `en`). */
export function languageOfId(id: string): string {
	const cut = id.indexOf('_');
	return cut > 0 ? id.slice(0, cut) : '';
}

/**
 * Reads the decompressed text of the fragment `id` (`pagefind_dcd` + JSON with url, meta,
 * filters). Throws when it is not one, so that a change of Pagefind's format fails the build
 * instead of writing a wrong order.
 */
export function parseFragment(id: string, text: string): FragmentRecord {
	if (!languageOfId(id)) throw new Error(`${id}: a Pagefind fragment's name is <language>_<hash>`);
	if (!text.startsWith(fragmentSignature)) throw new Error(`${id}: not a Pagefind fragment (no "${fragmentSignature}" signature)`);
	let data: { url?: unknown; meta?: Record<string, unknown> };
	try {
		data = JSON.parse(text.slice(fragmentSignature.length)) as typeof data;
	} catch (error) {
		throw new Error(`${id}: the fragment's JSON does not parse (${(error as Error).message})`, { cause: error });
	}
	const meta = data.meta ?? {};
	const title = typeof meta.title === 'string' ? meta.title : typeof data.url === 'string' ? data.url : id;
	const year = typeof meta.started === 'string' && /^\d{1,4}$/.test(meta.started.trim()) ? Number(meta.started) : undefined;
	return year === undefined ? { id, title } : { id, title, started: year };
}

function collatorFor(language: string): Intl.Collator {
	try {
		return new Intl.Collator(language);
	} catch {
		// Pagefind names pages without a usable lang "unknown"; any fixed order will do.
		return new Intl.Collator('en');
	}
}

/**
 * One sort file per language, from every fragment of the bundle: titles compared by the
 * language's collator (case and accents matter only between otherwise equal titles, so
 * "data.gov.ua" sits among the Ds), ties by id, so that two builds write the same bytes.
 */
export function buildSortFiles(records: readonly FragmentRecord[]): Map<string, SortFile> {
	const byLanguage = Map.groupBy(records, (record) => languageOfId(record.id));
	const files = new Map<string, SortFile>();
	for (const language of [...byLanguage.keys()].sort()) {
		const collator = collatorFor(language);
		const ordered = [...byLanguage.get(language)!].sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		files.set(language, {
			version: 1,
			language,
			ids: ordered.map((r) => r.id.slice(language.length + 1)).join(' '),
			started: ordered.map((r) => r.started ?? null),
		});
	}
	return files;
}

/** Checks a fetched sort file and indexes it; throws on anything else. */
export function readSortFile(json: unknown): SortIndex {
	const file = json as Partial<SortFile> | null;
	if (!file || file.version !== 1 || typeof file.language !== 'string' || typeof file.ids !== 'string' || !Array.isArray(file.started)) {
		throw new Error('not a search sort file (version 1)');
	}
	const ids = file.ids === '' ? [] : file.ids.split(' ');
	if (ids.length !== file.started.length) throw new Error('a search sort file lists as many years as ids');
	const started = file.started.map((year) => (typeof year === 'number' && Number.isFinite(year) ? year : null));
	return { language: file.language, rank: new Map(ids.map((hash, position) => [`${file.language}_${hash}`, position])), started };
}

/**
 * Orders results by a sort: title A to Z; start year newest or oldest first, ties by title.
 * Pages without a year come after those with one, and results the index does not know (it
 * should know all) come last, in the order given. Returns a new array.
 */
export function orderResults<T extends { id: string }>(results: readonly T[], index: SortIndex, sort: ResultSort): T[] {
	const unknown = Number.MAX_SAFE_INTEGER;
	const keyed = results.map((result, given) => {
		const rank = index.rank.get(result.id);
		const year = rank === undefined ? null : (index.started[rank] ?? null);
		return { result, given, rank: rank ?? unknown, year };
	});
	const direction = sort === 'started' ? -1 : 1;
	keyed.sort((a, b) => {
		if (a.rank === unknown || b.rank === unknown) return a.rank === b.rank ? a.given - b.given : a.rank === unknown ? 1 : -1;
		if (sort !== 'title' && a.year !== b.year) {
			if (a.year === null) return 1;
			if (b.year === null) return -1;
			return direction * (a.year - b.year);
		}
		return a.rank - b.rank;
	});
	return keyed.map((k) => k.result);
}
