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
	const t = target.data;
	const region = lookup(index.countries, t.country, 'country').region;
	const transferCountries = new Set(t.transfer.map((entry) => entry.country));
	const domains = new Set(t.domains);
	const messages = new Set(t.policyMessages);
	const candidateIndexOfAll = candidateIndex(all);
	// The best `limit` in one pass, scoring each candidate once without building arrays: at
	// 10,000 cases a thousand candidates share a primary domain, and sorting or copying them all
	// cost more than the rest of the page.
	const best: { c: CaseStudy; score: number }[] = [];
	const before = (a: { c: CaseStudy; score: number }, b: { c: CaseStudy; score: number }) => b.score - a.score || byTitle(a.c, b.c);
	const seen = new Set<CaseStudy>();
	const consider = (c: CaseStudy) => {
		const d = c.data;
		if (c.id === target.id || (d.country === t.country && !t.related.includes(c.id))) return;
		let score = 0;
		if (t.related.includes(c.id) || d.related.includes(target.id)) score += 10;
		if (d.domains[0] === t.domains[0]) score += 4;
		for (const domain of d.domains) if (domains.has(domain)) score += 2;
		for (const message of d.policyMessages) if (messages.has(message)) score += 1;
		if (lookup(index.countries, d.country, 'country').region === region) score += 1;
		if (transferCountries.has(d.country) || d.transfer.some((entry) => entry.country === t.country)) score += 3;
		if (score < 4) return;
		const scored = { c, score };
		if (best.length === limit && before(scored, best[limit - 1]!) >= 0) return;
		let at = best.length;
		while (at > 0 && before(scored, best[at - 1]!) < 0) at--;
		best.splice(at, 0, scored);
		if (best.length > limit) best.pop();
	};
	// Cases sharing the primary domain are distinct; the few others may repeat one of them.
	const samePrimary = candidateIndexOfAll.byPrimaryDomain.get(t.domains[0]!) ?? [];
	for (const c of samePrimary) consider(c);
	for (const c of [
		...(candidateIndexOfAll.relatedTo.get(target.id) ?? []),
		...[...transferCountries].flatMap((country) => candidateIndexOfAll.byCountry.get(country) ?? []),
		...(candidateIndexOfAll.transferredTo.get(t.country) ?? []),
	]) {
		if (c.data.domains[0] === t.domains[0] || seen.has(c)) continue;
		seen.add(c);
		consider(c);
	}
	return best.map(({ c }) => c);
}
