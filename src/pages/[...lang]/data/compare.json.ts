/**
 * Compact, pre-labelled records of every case study for the side-by-side page, which runs in
 * the browser on a static host and so reads its data from this file.
 */
import type { APIRoute } from 'astro';
import { languageParams } from '../../../i18n/routes.ts';
import { getCaseStudies, getTaxonomies } from '../../_site-data.ts';
import { compareRecord, type CompareLabels } from '../../../lib/compare-records.ts';
import { routes } from '../../../lib/links.ts';
import { useTranslations } from '../../../i18n/ui.ts';

/** One file per language (/data/…, /fr/data/…, /ru/data/…): its labels and texts are the page's. */
export function getStaticPaths() {
	return languageParams();
}

export const GET: APIRoute = async ({ locals }) => {
	const { lang, link } = locals;
	const t = useTranslations(lang);
	const { index } = await getTaxonomies(lang);
	const cases = await getCaseStudies(lang);
	const records = cases.map((item) =>
		compareRecord(item, index, {
			url: link(routes.caseStudy(item.id)),
			level: t(`level.${item.data.level}`),
			status: t(`status.${item.data.status}`),
			since: (year) => t('case.since', { year }),
			locale: lang,
			body: item.body,
		}),
	);
	const labels: CompareLabels = {
		conditions: Object.fromEntries([...index.conditions.values()].map((c) => [c.id, c.label])),
		resultKinds: Object.fromEntries([...index.resultKinds.values()].map((k) => [k.id, k.label])),
	};
	return new Response(JSON.stringify({ cases: records, labels }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
