/** Related cases ranked for policy learning: what to read next to a case, from other countries. */
import { byTitle, lookup, type CaseStudy, type TaxonomyIndex } from './case-studies.ts';

/** Cases grouped by primary domain, built once per list of cases (the list is reused across pages). */
const byPrimaryDomain = new WeakMap<readonly CaseStudy[], Map<string, CaseStudy[]>>();

function primaryDomainGroups(all: readonly CaseStudy[]): Map<string, CaseStudy[]> {
	let groups = byPrimaryDomain.get(all);
	if (!groups) {
		groups = Map.groupBy(all, (item) => item.data.domains[0]!);
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
