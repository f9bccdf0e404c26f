/**
 * The one place pages read content collections. Files starting with `_` in src/pages are not
 * routes. Everything below is cached per build.
 */
import { getCollection } from 'astro:content';
import { indexTaxonomies, type CaseStudy, type TaxonomyIndex } from '../lib/case-studies.ts';
import type { Taxonomies } from '../schema/taxonomy.ts';

let taxonomyCache: Promise<{ taxonomies: Taxonomies; index: TaxonomyIndex }> | undefined;

export function getTaxonomies() {
	taxonomyCache ??= (async () => {
		const plain = async <T,>(name: 'countries' | 'regions' | 'domains' | 'stages' | 'policyMessages') =>
			(await getCollection(name)).map((entry) => entry.data as T);
		const taxonomies: Taxonomies = {
			countries: await plain('countries'),
			regions: await plain('regions'),
			domains: await plain('domains'),
			stages: await plain('stages'),
			policyMessages: await plain('policyMessages'),
		};
		return { taxonomies, index: indexTaxonomies(taxonomies) };
	})();
	return taxonomyCache;
}

export async function getCaseStudies(): Promise<CaseStudy[]> {
	return (await getCollection('caseStudies')).map(({ id, data }) => ({ id, data }));
}
