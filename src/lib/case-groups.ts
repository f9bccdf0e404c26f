/**
 * Sets of cases summarised for a page: the highest stage reached, the mix of stages, groups by
 * primary domain and a timeline. Pure functions over plain data.
 */
import type { Domain, Stage } from '../schema/taxonomy.ts';
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
