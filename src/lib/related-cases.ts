/** Related cases ranked for policy learning: what to read next to a case, from other countries. */
import { byTitle, lookup, type CaseStudy, type TaxonomyIndex } from './case-studies.ts';

/**
 * What ranking needs to find candidates without reading every case per page: cases by primary
 * domain, by id of a case they are explicitly related to (either direction), by country, and by
 * country they transferred to. Built once per list of cases (the list is reused across pages).
 */
interface CandidateIndex {
	byPrimaryDomain: Map<string, CaseStudy[]>;
	relatedTo: Map<string, CaseStudy[]>;
	byCountry: Map<string, CaseStudy[]>;
	transferredTo: Map<string, CaseStudy[]>;
}

const candidateIndexes = new WeakMap<readonly CaseStudy[], CandidateIndex>();

function candidateIndex(all: readonly CaseStudy[]): CandidateIndex {
	let built = candidateIndexes.get(all);
	if (!built) {
		const byId = new Map(all.map((item) => [item.id, item]));
		const relatedTo = new Map<string, CaseStudy[]>();
		const add = (map: Map<string, CaseStudy[]>, key: string, item: CaseStudy) => {
			const list = map.get(key);
			if (list) list.push(item);
			else map.set(key, [item]);
		};
		const transferredTo = new Map<string, CaseStudy[]>();
		for (const item of all) {
			for (const id of item.data.related) {
				add(relatedTo, id, item);
				const other = byId.get(id);
				if (other) add(relatedTo, item.id, other);
			}
			for (const country of new Set(item.data.transfer.map((t) => t.country))) add(transferredTo, country, item);
		}
		built = {
			byPrimaryDomain: Map.groupBy(all, (item) => item.data.domains[0]!),
			relatedTo,
			byCountry: Map.groupBy(all, (item) => item.data.country),
			transferredTo,
		};
		candidateIndexes.set(all, built);
	}
	return built;
}

/**
 * Other countries' cases most worth reading next to `target`: explicitly related cases first,
 * then those sharing its primary domain, more shared domains and policy messages, a link by
 * transfer, and the same sub-region. Cases from the same country are left out unless explicitly
 * related: the point is learning abroad. Only cases sharing the primary domain, explicitly
 * related or linked by transfer are candidates, found through an index built once per list, so a
 * page never reads every case.
 */
export function rankRelated(target: CaseStudy, all: readonly CaseStudy[], index: TaxonomyIndex, limit = 4): CaseStudy[] {
	const region = lookup(index.countries, target.data.country, 'country').region;
	const transferCountries = new Set(target.data.transfer.map((t) => t.country));
	const candidateIndexOfAll = candidateIndex(all);
	const candidates = new Set<CaseStudy>([
		...(candidateIndexOfAll.byPrimaryDomain.get(target.data.domains[0]!) ?? []),
		...(candidateIndexOfAll.relatedTo.get(target.id) ?? []),
		...[...transferCountries].flatMap((country) => candidateIndexOfAll.byCountry.get(country) ?? []),
		...(candidateIndexOfAll.transferredTo.get(target.data.country) ?? []),
	]);
	// The best `limit` in one pass: sorting every candidate cost more than the rest of the page
	// at 10,000 cases (a thousand candidates share a primary domain, most tied on score).
	const best: { c: CaseStudy; score: number }[] = [];
	const before = (a: { c: CaseStudy; score: number }, b: { c: CaseStudy; score: number }) => b.score - a.score || byTitle(a.c, b.c);
	for (const c of candidates) {
		if (c.id === target.id || (c.data.country === target.data.country && !target.data.related.includes(c.id))) continue;
		const score = relatedScore(target, c, index, region, transferCountries);
		if (score < 4) continue;
		const scored = { c, score };
		if (best.length === limit && before(scored, best[limit - 1]!) >= 0) continue;
		let at = best.length;
		while (at > 0 && before(scored, best[at - 1]!) < 0) at--;
		best.splice(at, 0, scored);
		if (best.length > limit) best.pop();
	}
	return best.map(({ c }) => c);
}

/** How strongly `c` is worth reading next to `target` (4 or more to be shown). */
function relatedScore(target: CaseStudy, c: CaseStudy, index: TaxonomyIndex, region: string, transferCountries: ReadonlySet<string>): number {
	let score = 0;
	if (target.data.related.includes(c.id) || c.data.related.includes(target.id)) score += 10;
	if (c.data.domains[0] === target.data.domains[0]) score += 4;
	score += 2 * c.data.domains.filter((d) => target.data.domains.includes(d)).length;
	score += c.data.policyMessages.filter((m) => target.data.policyMessages.includes(m)).length;
	if (lookup(index.countries, c.data.country, 'country').region === region) score += 1;
	if (transferCountries.has(c.data.country) || c.data.transfer.some((t) => t.country === target.data.country)) score += 3;
	return score;
}
