/** Each taxonomy as open data: /data/countries.json, regions, domains, stages, policy-messages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTaxonomies } from '../_site-data.ts';

const files = { countries: 'countries', regions: 'regions', domains: 'domains', stages: 'stages', 'policy-messages': 'policyMessages' } as const;

export const getStaticPaths: GetStaticPaths = () => Object.keys(files).map((taxonomy) => ({ params: { taxonomy } }));

export const GET: APIRoute = async ({ params }) => {
	const { taxonomies } = await getTaxonomies();
	const key = files[params.taxonomy as keyof typeof files];
	return new Response(JSON.stringify({ licence: 'CC-BY-4.0', [key]: taxonomies[key] }, null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
