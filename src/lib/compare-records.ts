/**
 * The record of one case study as the side-by-side view shows it (labels resolved), and the
 * aligned rows built from several records. Pure: the build writes the records, the browser
 * builds the rows.
 */
import { lookup, yearSpan, type CaseStudy, type TaxonomyIndex } from './case-studies.ts';
import { markDifferences, type CompareRow } from './compare.ts';

export interface CompareRecord {
	id: string;
	url: string;
	title: string;
	summary: string;
	country: string;
	level: string;
	domains: string[];
	stage: { label: string; order: number; definition: string };
	leadOrganisation: string;
	years: string;
	status: string;
	policyMessages: string[];
	impact: { text: string; year: number; source?: { n: number; title: string; url: string } }[];
	transfer: string[];
	sources: { title: string; publisher: string; url: string; year?: number }[];
}

export function compareRecord(
	item: CaseStudy,
	index: TaxonomyIndex,
	words: { url: string; level: string; status: string; since: (year: number) => string; locale: string },
): CompareRecord {
	const { data } = item;
	const stage = lookup(index.stages, data.stage, 'stage');
	const number = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 2 });
	return {
		id: item.id,
		url: words.url,
		title: data.title,
		summary: data.summary,
		country: lookup(index.countries, data.country, 'country').name,
		level: data.place ? `${words.level}: ${data.place}` : words.level,
		domains: data.domains.map((id) => lookup(index.domains, id, 'domain').label),
		stage: { label: stage.label, order: stage.order, definition: stage.definition },
		leadOrganisation: data.leadOrganisation,
		years: yearSpan(data.started, data.ended, words.since),
		status: words.status,
		policyMessages: data.policyMessages.map((id) => lookup(index.policyMessages, id, 'policy message').label),
		impact: data.impact.map((figure) => {
			const source = data.sources[figure.source - 1];
			return {
				text: `${figure.indicator}: ${number.format(figure.value)} ${figure.unit}`,
				year: figure.year,
				...(source ? { source: { n: figure.source, title: source.title, url: source.url } } : {}),
			};
		}),
		transfer: data.transfer.map((entry) => `${lookup(index.countries, entry.country, 'country').name}: ${entry.note}`),
		sources: data.sources.map((s) => ({ title: s.title, publisher: s.publisher, url: s.url, ...(s.year !== undefined ? { year: s.year } : {}) })),
	};
}

export type CompareRowKey =
	| 'country' | 'level' | 'domains' | 'stage' | 'leadOrganisation' | 'years' | 'status' | 'policyMessages' | 'impact' | 'transfer' | 'sources';

/** Aligned rows in a fixed order; `labels` gives each row its heading. */
export function compareRows(records: readonly CompareRecord[], labels: Record<CompareRowKey, string>): CompareRow[] {
	const row = (key: CompareRowKey, value: (r: CompareRecord) => string) => ({ key, label: labels[key], values: records.map(value) });
	return markDifferences([
		row('country', (r) => r.country),
		row('level', (r) => r.level),
		row('domains', (r) => r.domains.join('; ')),
		row('stage', (r) => r.stage.label),
		row('leadOrganisation', (r) => r.leadOrganisation),
		row('years', (r) => r.years),
		row('status', (r) => r.status),
		row('policyMessages', (r) => r.policyMessages.join('; ')),
		row('impact', (r) => r.impact.map((i) => `${i.text} (${i.year})`).join('; ')),
		row('transfer', (r) => r.transfer.join('; ')),
		row('sources', (r) => r.sources.map((s) => s.url).join('; ')),
	]);
}
