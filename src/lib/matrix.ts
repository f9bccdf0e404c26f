/**
 * The countries × domains matrix of /compare/: one row per country with cases, grouped by
 * UN M49 sub-region, one cell per domain with its cases and the highest stage reached.
 */
import type { Country, Domain, Region, Stage } from '../schema/taxonomy.ts';
import { byTitle, type CaseStudy, type TaxonomyIndex } from './case-studies.ts';
import { highestStage } from './case-groups.ts';
import { compareText } from './text-order.ts';

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
export function buildMatrix(cases: readonly CaseStudy[], index: TaxonomyIndex, options: { region?: string; locale?: string } = {}): MatrixRegion[] {
	const byName = compareText(options.locale ?? 'en');
	const domains = [...index.domains.values()];
	const byCountry = Map.groupBy(cases, (item) => item.data.country);
	return [...index.regions.values()]
		.filter((region) => !options.region || region.id === options.region)
		.map((region) => {
			const countries = [...index.countries.values()].filter((c) => c.region === region.id).sort((a, b) => byName(a.name, b.name));
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
