/**
 * Cross-country comparison: the countries × domains matrix, highest stage reached, related
 * cases ranked for policy learning, and the rows of a side-by-side view with the rows that
 * differ marked. Pure functions over plain data; the browser's compare page imports
 * `compareRows` too.
 */
import type { Country, Domain, Region, Stage } from '../schema/taxonomy.ts';
import { byTitle, lookup, type CaseStudy, type TaxonomyIndex } from './case-studies.ts';

/** The highest maturity stage among the cases, by the order of the stage scale. */
export function highestStage(cases: readonly CaseStudy[], index: TaxonomyIndex): Stage | undefined {
	let best: Stage | undefined;
	for (const item of cases) {
		const stage = lookup(index.stages, item.data.stage, 'stage');
		if (!best || stage.order > best.order) best = stage;
	}
	return best;
}

export interface MatrixCell {
	domain: Domain;
	cases: CaseStudy[];
	highest?: Stage;
}

export interface MatrixRow {
	country: Country;
	cells: MatrixCell[];
	total: number;
}

export interface MatrixRegion {
	region: Region;
	rows: MatrixRow[];
	/** UNECE members of the region with no case study yet. */
	withoutCases: Country[];
}

/**
 * Rows are the lead countries of the cases, grouped by UN M49 sub-region in taxonomy order and
 * sorted by name; columns are all domains. A case appears in the cell of each of its domains.
 */
export function buildMatrix(
	cases: readonly CaseStudy[],
	index: TaxonomyIndex,
	options: { region?: string; locale?: string } = {},
): MatrixRegion[] {
	const collator = new Intl.Collator(options.locale ?? 'en');
	const domains = [...index.domains.values()];
	const byCountry = new Map<string, CaseStudy[]>();
	for (const item of cases) byCountry.set(item.data.country, [...(byCountry.get(item.data.country) ?? []), item]);
	return [...index.regions.values()]
		.filter((region) => !options.region || region.id === options.region)
		.map((region) => {
			const countries = [...index.countries.values()].filter((c) => c.region === region.id).sort((a, b) => collator.compare(a.name, b.name));
			const rows = countries
				.filter((country) => byCountry.has(country.id))
				.map((country) => {
					const own = byCountry.get(country.id)!;
					const cells = domains.map((domain) => {
						const inCell = own.filter((c) => c.data.domains.includes(domain.id)).sort(byTitle);
						const highest = highestStage(inCell, index);
						return { domain, cases: inCell, ...(highest ? { highest } : {}) };
					});
					return { country, cells, total: own.length };
				});
			return { region, rows, withoutCases: countries.filter((c) => !byCountry.has(c.id)) };
		});
}

/** How many cases of a set sit at each stage, in stage order (zeros included). */
export function stageMix(cases: readonly CaseStudy[], index: TaxonomyIndex): { stage: Stage; count: number }[] {
	return index.stageOrder.map((stage) => ({ stage, count: cases.filter((c) => c.data.stage === stage.id).length }));
}

/** Cases grouped by primary domain, in taxonomy order, empty groups left out. */
export function groupByPrimaryDomain(cases: readonly CaseStudy[], index: TaxonomyIndex): { domain: Domain; cases: CaseStudy[] }[] {
	return [...index.domains.values()]
		.map((domain) => ({ domain, cases: cases.filter((c) => c.data.domains[0] === domain.id).sort(byTitle) }))
		.filter((group) => group.cases.length > 0);
}

/** Cases by start year, oldest first (then by title), for a timeline. */
export function timeline(cases: readonly CaseStudy[]): CaseStudy[] {
	return [...cases].sort((a, b) => a.data.started - b.data.started || byTitle(a, b));
}

/** Cases grouped by primary domain, built once per list of cases (the list is reused across pages). */
const byPrimaryDomain = new WeakMap<readonly CaseStudy[], Map<string, CaseStudy[]>>();

function primaryDomainGroups(all: readonly CaseStudy[]): Map<string, CaseStudy[]> {
	let groups = byPrimaryDomain.get(all);
	if (!groups) {
		groups = new Map();
		for (const item of all) {
			const key = item.data.domains[0]!;
			groups.set(key, [...(groups.get(key) ?? []), item]);
		}
		byPrimaryDomain.set(all, groups);
	}
	return groups;
}

/**
 * Other countries' cases most worth reading next to `target`: explicitly related cases first,
 * then those sharing its primary domain, more shared domains and policy messages, a link by
 * transfer, and the same sub-region. Cases from the same country are left out unless explicitly
 * related: the point is learning abroad. Only cases sharing the primary domain, explicitly
 * related or linked by transfer are candidates, which keeps a build of 10,000 cases linear per
 * page rather than quadratic.
 */
export function rankRelated(target: CaseStudy, all: readonly CaseStudy[], index: TaxonomyIndex, limit = 4): CaseStudy[] {
	const region = lookup(index.countries, target.data.country, 'country').region;
	const transferCountries = new Set(target.data.transfer.map((t) => t.country));
	const candidates = new Set<CaseStudy>(primaryDomainGroups(all).get(target.data.domains[0]!) ?? []);
	for (const item of all) {
		if (target.data.related.includes(item.id) || item.data.related.includes(target.id)) candidates.add(item);
		else if (transferCountries.has(item.data.country) || item.data.transfer.some((t) => t.country === target.data.country)) candidates.add(item);
	}
	const scored = [...candidates]
		.filter((c) => c.id !== target.id && (c.data.country !== target.data.country || target.data.related.includes(c.id)))
		.map((c) => {
			let score = 0;
			if (target.data.related.includes(c.id) || c.data.related.includes(target.id)) score += 10;
			if (c.data.domains[0] === target.data.domains[0]) score += 4;
			score += 2 * c.data.domains.filter((d) => target.data.domains.includes(d)).length;
			score += c.data.policyMessages.filter((m) => target.data.policyMessages.includes(m)).length;
			if (lookup(index.countries, c.data.country, 'country').region === region) score += 1;
			if (transferCountries.has(c.data.country) || c.data.transfer.some((t) => t.country === target.data.country)) score += 3;
			return { c, score };
		})
		.filter(({ score }) => score >= 4)
		.sort((a, b) => b.score - a.score || byTitle(a.c, b.c));
	return scored.slice(0, limit).map(({ c }) => c);
}

/** One row of a side-by-side comparison: a label and one cell per case. */
export interface CompareRow {
	key: string;
	label: string;
	values: string[];
	/** True when the cases do not all have the same value. */
	differs: boolean;
}

/** Marks each row whose values are not all equal. Blank values count as a difference. */
export function markDifferences(rows: readonly Omit<CompareRow, 'differs'>[]): CompareRow[] {
	return rows.map((row) => ({ ...row, differs: new Set(row.values.map((v) => v.trim())).size > 1 }));
}

/** Parses `ids=ee/x-road,ua/prozorro` into valid and not-found ids (never more than `max`). */
export function parseCompareIds(
	raw: string | null,
	known: ReadonlySet<string>,
	max = 4,
): { ids: string[]; notFound: string[]; overLimit: string[] } {
	const parts = (raw ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part.length > 0)
		.slice(0, 20);
	const ids: string[] = [];
	const notFound: string[] = [];
	const overLimit: string[] = [];
	for (const part of parts) {
		const clean = part.slice(0, 80);
		if (!known.has(clean)) notFound.push(clean);
		else if (ids.includes(clean)) continue;
		else if (ids.length >= max) overLimit.push(clean);
		else ids.push(clean);
	}
	return { ids, notFound, overLimit };
}
