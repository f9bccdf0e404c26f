/**
 * Queries over case studies and taxonomies. Pure: they take plain data (what
 * `getCollection()` returns satisfies these types), so unit tests and the CLI use them too.
 */
import type { CaseStudyData } from '../schema/case-study.ts';
import type { Lang } from '../i18n/ui.ts';
import type { Condition, Country, Domain, EvidenceLevel, PolicyMessage, Region, ResultKind, Stage, Taxonomies } from '../schema/taxonomy.ts';

export interface CaseStudy {
	id: string;
	data: CaseStudyData;
	/** The MDX body as written, for views that quote a section of it. */
	body?: string | undefined;
	/** The language its texts are in, when a page shows it translated; English otherwise. */
	lang?: Lang | undefined;
}

/** Lookup tables by id for every taxonomy. */
export interface TaxonomyIndex {
	countries: Map<string, Country>;
	regions: Map<string, Region>;
	domains: Map<string, Domain>;
	stages: Map<string, Stage>;
	policyMessages: Map<string, PolicyMessage>;
	conditions: Map<string, Condition>;
	evidenceLevels: Map<string, EvidenceLevel>;
	resultKinds: Map<string, ResultKind>;
	/** Stages in order, lowest first. */
	stageOrder: Stage[];
	/** Evidence levels in order, weakest first. */
	evidenceOrder: EvidenceLevel[];
}

export function indexTaxonomies(t: Taxonomies): TaxonomyIndex {
	const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
	return {
		countries: byId(t.countries),
		regions: byId(t.regions),
		domains: byId(t.domains),
		stages: byId(t.stages),
		policyMessages: byId(t.policyMessages),
		conditions: byId(t.conditions),
		evidenceLevels: byId(t.evidenceLevels),
		resultKinds: byId(t.resultKinds),
		stageOrder: [...t.stages].sort((a, b) => a.order - b.order),
		evidenceOrder: [...t.evidenceLevels].sort((a, b) => a.order - b.order),
	};
}

/** Looks an id up, failing loudly: content validation guarantees every reference resolves. */
export function lookup<T>(map: Map<string, T>, id: string, what: string): T {
	const found = map.get(id);
	if (!found) throw new Error(`Unknown ${what} "${id}"`);
	return found;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

export function byTitle(a: CaseStudy, b: CaseStudy): number {
	return collator.compare(a.data.title, b.data.title);
}

/** Newest review first, then title, so the order is stable. */
export function byLastReviewed(a: CaseStudy, b: CaseStudy): number {
	return b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime() || byTitle(a, b);
}

export interface CountryGroup {
	country: Country;
	cases: CaseStudy[];
}

/** Case studies grouped by lead country, countries by name, cases by title. */
export function groupByCountry(cases: readonly CaseStudy[], index: TaxonomyIndex): CountryGroup[] {
	return [...Map.groupBy(cases, (item) => item.data.country).entries()]
		.map(([code, list]) => ({ country: lookup(index.countries, code, 'country'), cases: list.sort(byTitle) }))
		.sort((a, b) => collator.compare(a.country.name, b.country.name));
}

/** How many case studies name each id of a taxonomy (primary or secondary). */
export function countBy(cases: readonly CaseStudy[], key: (c: CaseStudy) => readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of cases) for (const id of new Set(key(item))) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

/** `1990s`-style decade label of a start year, used as a search filter. */
export function decadeOf(year: number): string {
	return `${Math.floor(year / 10) * 10}s`;
}

/** "2001–2018", "since 2001" style year span; the words come from the caller's dictionary. */
export function yearSpan(started: number, ended: number | undefined, since: (year: number) => string): string {
	if (ended === undefined) return since(started);
	return started === ended ? String(started) : `${started}–${ended}`;
}

export interface SearchFacet {
	name: 'country' | 'region' | 'domain' | 'stage' | 'level' | 'status' | 'policy' | 'decade' | 'condition' | 'evidence';
	value: string;
}

/** The Pagefind filter values of one case study: taxonomy ids, one entry per value. */
export function searchFacets(item: CaseStudy, index: TaxonomyIndex): SearchFacet[] {
	const { data } = item;
	const country = lookup(index.countries, data.country, 'country');
	return [
		{ name: 'country', value: data.country },
		{ name: 'region', value: country.region },
		...data.domains.map((value) => ({ name: 'domain' as const, value })),
		{ name: 'stage', value: data.stage },
		{ name: 'level', value: data.level },
		{ name: 'status', value: data.status },
		...data.policyMessages.map((value) => ({ name: 'policy' as const, value })),
		{ name: 'decade', value: decadeOf(data.started) },
		...(data.conditions ?? []).map((value) => ({ name: 'condition' as const, value })),
		...(data.evidence ? [{ name: 'evidence' as const, value: data.evidence.level }] : []),
	];
}

/** Pagefind meta of one case study, shown in search results. */
export function searchMeta(item: CaseStudy, index: TaxonomyIndex): Record<string, string> {
	const { data } = item;
	return {
		title: data.title,
		summary: data.summary,
		country_name: lookup(index.countries, data.country, 'country').name,
		stage_label: lookup(index.stages, data.stage, 'stage').label,
		started: String(data.started),
		status: data.status,
		...(data.ended !== undefined ? { ended: String(data.ended) } : {}),
	};
}

/**
 * The facts of a case as short sentences for the search index: lead organisation, place,
 * countries, domains, stage, policy messages, status and the countries that reused it. Indexed
 * at a lower weight than the prose (and after it), so that a search finds a case by its facts
 * while excerpts come from the prose where it matches, and read as sentences where they cannot.
 */
export function searchableFacts(
	item: CaseStudy,
	index: TaxonomyIndex,
	words: { status: string; years: string; reusedIn: string; /** Between a label and its value: ": ", or " : " in French. */ colon?: string },
): string[] {
	const { data } = item;
	const name = (code: string) => lookup(index.countries, code, 'country').name;
	const sentences = [
		[name(data.country), ...(data.countries ?? []).map(name)].join(', '),
		data.place,
		data.leadOrganisation,
		data.domains.map((id) => lookup(index.domains, id, 'domain').label).join(', '),
		lookup(index.stages, data.stage, 'stage').label,
		...data.policyMessages.map((id) => lookup(index.policyMessages, id, 'policy message').label),
		`${words.years}, ${words.status}`,
		data.transfer.length > 0 ? `${words.reusedIn}${words.colon ?? ': '}${data.transfer.map((entry) => name(entry.country)).join(', ')}` : undefined,
	];
	return sentences.filter((sentence): sentence is string => Boolean(sentence)).map((sentence) => (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`));
}

/**
 * A short label for tight places (matrix cells): the part of the title before a colon or an
 * opening parenthesis, cut at a word boundary. The full title stays on the link's page.
 */
export function shortTitle(title: string, max = 48): string {
	const head = title.split(/:\s|\s\(/)[0]!.trim();
	if (head.length <= max) return head;
	const cut = head.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}
