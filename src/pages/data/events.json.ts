/** The open-data export of events: sessions, materials and the case studies presented at each. */
import type { APIRoute } from 'astro';
import { getCaseStudies, getEvents, getGeneratedDate } from '../_site-data.ts';
import { exportSchemaVersion } from '../../lib/export.ts';
import { eventRecords } from '../../lib/event-export.ts';
import { link, routes } from '../../lib/links.ts';

export const GET: APIRoute = async ({ site }) => {
	const cases = await getCaseStudies();
	const absolute = (path: string) => new URL(link(path), site).href;
	const body = {
		schemaVersion: exportSchemaVersion,
		generated: getGeneratedDate(cases),
		licence: 'CC-BY-4.0',
		licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
		schema: absolute(routes.eventSchema()),
		events: eventRecords(await getEvents(), cases, { event: (id) => absolute(routes.event(id)), caseStudy: (id) => absolute(routes.caseStudy(id)) }),
	};
	return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
