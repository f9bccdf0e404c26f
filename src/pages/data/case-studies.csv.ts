/** The case studies as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents). */
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { getCaseStudies } from '../_site-data.ts';
import { csvColumns, csvRow, exportRecord } from '../../lib/export.ts';
import { link, routes } from '../../lib/links.ts';

export const GET: APIRoute = async ({ site }) => {
	const cases = [...(await getCaseStudies())].sort((a, b) => a.id.localeCompare(b.id));
	const rows = cases.map((item) => csvRow(exportRecord(item, new URL(link(routes.caseStudy(item.id)), site).href)));
	const csv = stringify([[...csvColumns], ...rows], { record_delimiter: 'windows', quoted_string: false });
	return new Response(`\uFEFF${csv}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
