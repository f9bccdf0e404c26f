/**
 * Every measured result of every case, grouped by kind of result (content/result-kinds.yaml),
 * so that "by how much did e-procurement cut costs?" has one page with each figure, its year,
 * its source and how strong the case's evidence is. Within a kind, figures that share a unit
 * can be drawn on one chart; figures in different units are never put on one axis.
 */
import type { CaseStudyData } from '../schema/case-study.ts';
import type { EvidenceLevel, ResultKind } from '../schema/taxonomy.ts';
import { lookup, type CaseStudy, type TaxonomyIndex } from './case-studies.ts';
import { compareText } from './text-order.ts';

const byText = compareText('en');

export type Figure = CaseStudyData['impact'][number];
export type Source = CaseStudyData['sources'][number];

export interface ResultRow {
	item: CaseStudy;
	figure: Figure;
	source: Source;
	evidence?: EvidenceLevel | undefined;
}

export interface ResultGroup {
	kind: ResultKind;
	rows: ResultRow[];
	/** Figures of this kind that share a unit, two or more, largest first: one chart each. */
	charts: { unit: string; rows: ResultRow[] }[];
}

export function resultsByKind(cases: readonly CaseStudy[], index: TaxonomyIndex): ResultGroup[] {
	const rows = cases.flatMap((item) =>
		item.data.impact.map((figure): ResultRow & { kindId?: string | undefined } => ({
			item,
			figure,
			source: item.data.sources[figure.source - 1]!,
			evidence: item.data.evidence ? lookup(index.evidenceLevels, item.data.evidence.level, 'evidence level') : undefined,
			kindId: figure.kind,
		})),
	);
	return [...index.resultKinds.values()]
		.map((kind) => {
			const ofKind = rows
				.filter((row) => row.kindId === kind.id)
				.map(({ kindId: _, ...row }) => row)
				.sort((a, b) => byText(a.item.data.title, b.item.data.title) || a.figure.year - b.figure.year);
			const byUnit = Map.groupBy(ofKind, (row) => row.figure.unit);
			const charts = [...byUnit.entries()]
				.filter(([, unitRows]) => unitRows.length >= 2)
				.map(([unit, unitRows]) => ({ unit, rows: [...unitRows].sort((a, b) => b.figure.value - a.figure.value) }))
				.sort((a, b) => b.rows.length - a.rows.length || byText(a.unit, b.unit));
			return { kind, rows: ofKind, charts };
		})
		.filter((group) => group.rows.length > 0);
}
