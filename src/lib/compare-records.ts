/**
 * The record of one case study as the side-by-side view shows it (labels resolved), and the
 * aligned rows built from several records. Pure: the build writes the records, the browser
 * builds the rows.
 */
import { lookup, yearSpan, type CaseStudy, type TaxonomyIndex } from './case-studies.ts';
import { markDifferences, type CompareRow } from './compare-cases.ts';
import { caseBodyHeadingsByLang } from './validation/body-sections.ts';

export interface CompareRecord {
	id: string;
	/** The language of its texts: on a French or Russian page, English when it has no translation yet. */
	lang: string;
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
	impact: { kind: string; text: string; year: number; source?: { n: number; title: string; url: string } }[];
	transfer: string[];
	sources: { title: string; publisher: string; url: string; year?: number }[];
	/** Condition ids, in taxonomy order. */
	conditions: string[];
	evidence?: { label: string; order: number } | undefined;
	challenges: string[];
	endedBecause?: string | undefined;
	/** The case's own Transferability section, as plain text. */
	transferability: string;
}

/** Labels of the ids records refer to, shipped once beside the records. */
export interface CompareLabels {
	conditions: Record<string, string>;
	resultKinds: Record<string, string>;
}

/**
 * A section of a case-study body as plain text: the paragraphs under `## heading` up to the
 * next heading or the footnote definitions, without footnote marks, link targets or emphasis.
 */
export function sectionText(body: string, heading: string): string {
	const lines = body.split('\n');
	const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
	if (start === -1) return '';
	const end = lines.findIndex((line, i) => i > start && (/^#{1,2} /.test(line) || /^\[\^[^\]]+\]:/.test(line)));
	return lines
		.slice(start + 1, end === -1 ? undefined : end)
		.join('\n')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
		.replace(/\[\^[^\]]+\]/g, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]/g, '')
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n\n');
}

export function compareRecord(
	item: CaseStudy,
	index: TaxonomyIndex,
	words: { url: string; level: string; status: string; since: (year: number) => string; locale: string; body?: string | undefined },
): CompareRecord {
	const { data } = item;
	const stage = lookup(index.stages, data.stage, 'stage');
	const number = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 2 });
	return {
		id: item.id,
		lang: item.lang ?? 'en',
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
				kind: figure.kind,
				text: `${figure.indicator}: ${number.format(figure.value)} ${figure.unit}`,
				year: figure.year,
				...(source ? { source: { n: figure.source, title: source.title, url: source.url } } : {}),
			};
		}),
		transfer: data.transfer.map((entry) => `${lookup(index.countries, entry.country, 'country').name}: ${entry.note}`),
		sources: data.sources.map((s) => ({ title: s.title, publisher: s.publisher, url: s.url, ...(s.year !== undefined ? { year: s.year } : {}) })),
		conditions: [...index.conditions.keys()].filter((id) => data.conditions.includes(id)),
		evidence: (() => {
			const level = lookup(index.evidenceLevels, data.evidence.level, 'evidence level');
			return { label: level.label, order: level.order };
		})(),
		challenges: data.challenges.map((c) => c.text),
		...(data.endedBecause ? { endedBecause: data.endedBecause.text } : {}),
		// The last of the six sections, under its heading in the body's own language.
		transferability: sectionText(words.body ?? '', caseBodyHeadingsByLang[item.lang ?? 'en'][5]),
	};
}

/** The groups of rows, in order; each is headed on the page. */
export const compareGroups = ['programme', 'lessons', 'results', 'transferability', 'sources'] as const;
export type CompareGroup = (typeof compareGroups)[number];

export type CompareRowKey =
	| 'country'
	| 'level'
	| 'domains'
	| 'stage'
	| 'leadOrganisation'
	| 'years'
	| 'status'
	| 'policyMessages'
	| 'evidence'
	| 'challenges'
	| 'endedBecause'
	| 'transfer'
	| 'transferability'
	| 'sources';

/** A row of the side-by-side table: a field, a condition (`condition:<id>`) or a kind of result (`kind:<id>`). */
export interface GroupedCompareRow extends CompareRow {
	group: CompareGroup;
}

/**
 * Rows where a difference carries meaning are marked when the cases differ; the country, the
 * lead organisation, texts such as challenges and the sources always differ, and are not.
 */
const meaningful = new Set<string>(['level', 'domains', 'stage', 'years', 'status', 'policyMessages', 'evidence']);

/** Aligned rows in groups; `labels` gives each row its heading. */
export function compareRows(
	records: readonly CompareRecord[],
	labels: Record<CompareRowKey, string>,
	names: CompareLabels = { conditions: {}, resultKinds: {} },
): GroupedCompareRow[] {
	const row = (group: CompareGroup, key: string, label: string, value: (r: CompareRecord) => string) => {
		const values = records.map(value);
		const [marked] = markDifferences([{ key, label, values }]);
		const differs = key.startsWith('condition:') || meaningful.has(key) ? marked!.differs : false;
		return { ...marked!, differs, group };
	};
	const field = (group: CompareGroup, key: CompareRowKey, value: (r: CompareRecord) => string) => row(group, key, labels[key], value);
	const conditionIds = Object.keys(names.conditions).filter((id) => records.some((r) => r.conditions.includes(id)));
	const kindIds = Object.keys(names.resultKinds).filter((id) => records.some((r) => r.impact.some((i) => i.kind === id)));
	return [
		field('programme', 'country', (r) => r.country),
		field('programme', 'level', (r) => r.level),
		field('programme', 'domains', (r) => r.domains.join('; ')),
		field('programme', 'stage', (r) => r.stage.label),
		field('programme', 'leadOrganisation', (r) => r.leadOrganisation),
		field('programme', 'years', (r) => r.years),
		field('programme', 'status', (r) => r.status),
		field('programme', 'policyMessages', (r) => r.policyMessages.join('; ')),
		...conditionIds.map((id) => row('lessons', `condition:${id}`, names.conditions[id] ?? id, (r) => (r.conditions.includes(id) ? 'yes' : ''))),
		field('lessons', 'evidence', (r) => r.evidence?.label ?? ''),
		field('lessons', 'challenges', (r) => r.challenges.join('; ')),
		...(records.some((r) => r.endedBecause) ? [field('lessons', 'endedBecause', (r) => r.endedBecause ?? '')] : []),
		...kindIds.map((id) =>
			row('results', `kind:${id}`, names.resultKinds[id] ?? id, (r) =>
				r.impact
					.filter((i) => i.kind === id)
					.map((i) => i.text)
					.join('; '),
			),
		),
		field('transferability', 'transferability', (r) => r.transferability),
		field('transferability', 'transfer', (r) => r.transfer.join('; ')),
		field('sources', 'sources', (r) => r.sources.map((s) => s.url).join('; ')),
	];
}
