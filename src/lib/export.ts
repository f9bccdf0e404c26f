/**
 * The open-data export of the case studies: one record per case with every front-matter field,
 * its stable URL, and CSV rows with list fields joined by "; ".
 */
import type { CaseStudy } from './case-studies.ts';
import type { CaseStudyData } from '../schema/case-study.ts';
import type { CaseTranslationData } from '../schema/case-translation.ts';

/** 1.1.0 added `translations`; every 1.0.0 field is unchanged. */
export const exportSchemaVersion = '1.1.0';

/** A case's texts in another language, with where the translation comes from and its page. */
export type ExportTranslation = { url: string } & Omit<CaseTranslationData, 'translation'> & {
		translation: Omit<CaseTranslationData['translation'], 'reviewed'> & { reviewed: string };
	};

export type ExportRecord = { id: string; url: string } & Omit<CaseStudyData, 'lastReviewed'> & {
		lastReviewed: string;
		/** The translated texts, by language; the facts are the record's own. */
		translations?: Partial<Record<string, ExportTranslation>>;
	};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * One record per case: every front-matter field, its page, and (in the JSON export) its
 * translations' texts under each language.
 */
export function exportRecord(
	item: CaseStudy,
	url: string,
	translations: readonly { lang: string; url: string; data: CaseTranslationData }[] = [],
): ExportRecord {
	const { lastReviewed, ...rest } = item.data;
	const record: ExportRecord = { id: item.id, url, ...rest, lastReviewed: isoDate(lastReviewed) };
	if (translations.length > 0) {
		record.translations = Object.fromEntries(
			translations.map(({ lang, url: page, data }) => [
				lang,
				{ url: page, ...data, translation: { ...data.translation, reviewed: isoDate(data.translation.reviewed) } },
			]),
		);
	}
	return record;
}

/** CSV columns in order; list fields are flattened to "; "-joined text. */
export const csvColumns = [
	'id',
	'url',
	'title',
	'summary',
	'country',
	'countries',
	'level',
	'place',
	'domains',
	'stage',
	'policyMessages',
	'leadOrganisation',
	'started',
	'ended',
	'status',
	'impact',
	'sources',
	'materials',
	'presentedAt',
	'transfer',
	'conditions',
	'evidence',
	'challenges',
	'endedBecause',
	'related',
	'aliases',
	'lastReviewed',
] as const;

/**
 * A cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP recommends against CSV injection: the text stays
 * readable and is shown, never executed.
 */
export function neutraliseCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvRow(record: ExportRecord): string[] {
	return csvCells(record).map(neutraliseCell);
}

function csvCells(record: ExportRecord): string[] {
	const join = (items: readonly string[] | undefined) => (items ?? []).join('; ');
	return [
		record.id,
		record.url,
		record.title,
		record.summary,
		record.country,
		join(record.countries),
		record.level,
		record.place ?? '',
		join(record.domains),
		record.stage,
		join(record.policyMessages),
		record.leadOrganisation,
		String(record.started),
		record.ended === undefined ? '' : String(record.ended),
		record.status,
		join(record.impact.map((i) => `${i.indicator} [${i.kind}]: ${i.value} ${i.unit} (${i.year}, source ${i.source})`)),
		join(record.sources.map((s) => `${s.publisher}, ${s.title}${s.year !== undefined ? ` (${s.year})` : ''} <${s.url}>`)),
		join(record.materials.map((m) => `${m.type}: ${m.title} <${m.url}>`)),
		join(record.presentedAt.map((p) => (p.session ? `${p.event}#${p.session}` : p.event))),
		join(record.transfer.map((t) => `${t.country}${t.case ? ` (${t.case})` : ''}: ${t.note}`)),
		join(record.conditions),
		`${record.evidence.level} (source ${record.evidence.source})`,
		join(record.challenges.map((c) => `${c.text} (source ${c.source})`)),
		record.endedBecause ? `${record.endedBecause.text} (source ${record.endedBecause.source})` : '',
		join(record.related),
		join(record.aliases),
		record.lastReviewed,
	];
}
