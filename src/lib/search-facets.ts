/**
 * The facet groups of the search page: their values as taxonomy ids, shown by label and in a
 * sensible order (stages in order, countries by name). Pure data for the page to embed.
 */
import type { Taxonomies } from '../schema/taxonomy.ts';
import { levels, statuses } from '../schema/case-study.ts';
import type { CaseStudy } from './case-studies.ts';
import { decadeOf } from './case-studies.ts';
import type { SearchFacetName } from './search-state.ts';
import { compareText } from './text-order.ts';

export interface FacetOption {
	value: string;
	label: string;
	/** For stages: position on the scale, used to draw the badge. */
	order?: number;
}

export interface FacetGroup {
	name: SearchFacetName;
	options: FacetOption[];
}

type Labels = Record<string, string>;

export function buildFacetGroups(
	taxonomies: Taxonomies,
	cases: readonly CaseStudy[],
	labels: { level: Labels; status: Labels; type: Labels },
	locale: string,
): FacetGroup[] {
	const byLabel = compareText(locale);
	const decades = [...new Set(cases.map((c) => decadeOf(c.data.started)))].sort();
	return [
		{ name: 'stage', options: [...taxonomies.stages].sort((a, b) => a.order - b.order).map((s) => ({ value: s.id, label: s.label, order: s.order })) },
		{ name: 'domain', options: taxonomies.domains.map((d) => ({ value: d.id, label: d.label })) },
		{ name: 'region', options: taxonomies.regions.map((r) => ({ value: r.id, label: r.label })) },
		{
			name: 'country',
			options: taxonomies.countries
				.filter((c) => cases.some((item) => item.data.country === c.id))
				.map((c) => ({ value: c.id, label: c.name }))
				.sort((a, b) => byLabel(a.label, b.label)),
		},
		{ name: 'level', options: levels.map((value) => ({ value, label: labels.level[value] ?? value })) },
		{ name: 'status', options: statuses.map((value) => ({ value, label: labels.status[value] ?? value })) },
		{ name: 'policy', options: taxonomies.policyMessages.map((m) => ({ value: m.id, label: m.label })) },
		{ name: 'condition', options: taxonomies.conditions.map((c) => ({ value: c.id, label: c.label })) },
		{ name: 'evidence', options: [...taxonomies.evidenceLevels].sort((a, b) => a.order - b.order).map((e) => ({ value: e.id, label: e.label })) },
		{ name: 'decade', options: decades.map((value) => ({ value, label: value })) },
		{ name: 'type', options: ['case-study', 'event'].map((value) => ({ value, label: labels.type[value] ?? value })) },
	];
}
