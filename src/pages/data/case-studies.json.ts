/** The open-data export: every case study with every front-matter field and its stable URL. */
import type { APIRoute } from 'astro';
import { getCaseStudies, getGeneratedDate, getTranslations } from '../_site-data.ts';
import { exportRecord, exportSchemaVersion } from '../../lib/export.ts';
import { link, routes } from '../../lib/links.ts';
import { translationLanguages } from '../../schema/case-translation.ts';

export const GET: APIRoute = async ({ site }) => {
	const cases = [...(await getCaseStudies())].sort((a, b) => a.id.localeCompare(b.id));
	const translations = await getTranslations();
	const translationsOf = (id: string) =>
		translationLanguages.flatMap((lang) => {
			const entry = translations.get(`${lang}/${id}`);
			return entry ? [{ lang, url: new URL(link(routes.caseStudy(id), lang), site).href, data: entry.data }] : [];
		});
	const body = {
		schemaVersion: exportSchemaVersion,
		generated: getGeneratedDate(cases),
		licence: 'CC-BY-4.0',
		licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
		schema: new URL(link('/schema/case-study.json'), site).href,
		caseStudies: cases.map((item) => exportRecord(item, new URL(link(routes.caseStudy(item.id)), site).href, translationsOf(item.id))),
	};
	return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
