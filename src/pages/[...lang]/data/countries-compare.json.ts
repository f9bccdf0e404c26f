/**
 * What the country-to-country page needs, for the browser: each case's country, domains,
 * stage and conditions for success, its transfers, and the labels of every id it uses.
 */
import type { APIRoute } from 'astro';
import { languageParams } from '../../../i18n/routes.ts';
import { getCaseStudies, getTaxonomies } from '../../_site-data.ts';
import type { CountryCaseRecord } from '../../../lib/country-compare.ts';
import { lookup } from '../../../lib/case-studies.ts';
import { routes } from '../../../lib/links.ts';

/** One file per language (/data/…, /fr/data/…, /ru/data/…): its labels and texts are the page's. */
export function getStaticPaths() {
	return languageParams();
}

export const GET: APIRoute = async ({ locals }) => {
	const { lang, link } = locals;
	const { taxonomies, index } = await getTaxonomies(lang);
	const cases: CountryCaseRecord[] = (await getCaseStudies(lang)).map((item) => ({
		id: item.id,
		title: item.data.title,
		url: link(routes.caseStudy(item.id)),
		country: item.data.country,
		domains: item.data.domains,
		stage: item.data.stage,
		stageOrder: lookup(index.stages, item.data.stage, 'stage').order,
		conditions: item.data.conditions,
		transfer: item.data.transfer.map((t) => ({ country: t.country, note: t.note, ...(t.case ? { case: t.case } : {}) })),
	}));
	const labels = {
		countries: Object.fromEntries(taxonomies.countries.map((c) => [c.id, c.name])),
		domains: taxonomies.domains.map((d) => ({ id: d.id, label: d.label })),
		stages: Object.fromEntries(taxonomies.stages.map((s) => [s.id, s.label])),
		conditions: Object.fromEntries(taxonomies.conditions.map((c) => [c.id, c.label])),
	};
	return new Response(JSON.stringify({ cases, ...labels }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
