/** Coverage figures of the knowledge base: how many cases, countries, and per taxonomy value. */
import type { Taxonomies } from '../schema/taxonomy.ts';
import { countBy, type CaseStudy } from './case-studies.ts';

export interface ContentStats {
	cases: number;
	countries: number;
	byDomain: Record<string, number>;
	byStage: Record<string, number>;
	byLevel: Record<string, number>;
	byStatus: Record<string, number>;
	withImpact: number;
	impactShare: number;
	withTransfer: number;
	/** Recorded cross-border transfers: every `transfer` entry of every case. */
	transfers: number;
	/** Programmes that ended (completed or discontinued), each saying why. */
	ended: number;
	/** UNECE member States with no case study yet, by code. */
	countriesWithout: string[];
}

export function contentStats(cases: readonly CaseStudy[], taxonomies: Taxonomies): ContentStats {
	const complete = (ids: readonly string[], counts: Map<string, number>) => Object.fromEntries(ids.map((id) => [id, counts.get(id) ?? 0]));
	const withImpact = cases.filter((c) => c.data.impact.length > 0).length;
	return {
		cases: cases.length,
		countries: new Set(cases.map((c) => c.data.country)).size,
		byDomain: complete(
			taxonomies.domains.map((d) => d.id),
			countBy(cases, (c) => c.data.domains),
		),
		byStage: complete(
			taxonomies.stages.map((s) => s.id),
			countBy(cases, (c) => [c.data.stage]),
		),
		byLevel: Object.fromEntries(countBy(cases, (c) => [c.data.level])),
		byStatus: Object.fromEntries(countBy(cases, (c) => [c.data.status])),
		withImpact,
		impactShare: cases.length === 0 ? 0 : withImpact / cases.length,
		withTransfer: cases.filter((c) => c.data.transfer.length > 0).length,
		transfers: cases.reduce((sum, c) => sum + c.data.transfer.length, 0),
		ended: cases.filter((c) => c.data.status === 'completed' || c.data.status === 'discontinued').length,
		countriesWithout: taxonomies.countries.map((c) => c.id).filter((id) => !cases.some((c) => c.data.country === id)),
	};
}

export interface TranslationCoverage {
	lang: string;
	/** Cases with a translation into the language. */
	translated: number;
	/** Of those, the ones whose original was reviewed after the translation was. */
	outdated: number;
	/** Share of all cases translated, 0–1. */
	share: number;
}

/** How many cases each language has, and how many of its translations are out of date. */
export function translationCoverage(
	cases: readonly CaseStudy[],
	translations: readonly { lang: string; caseId: string; reviewed: Date }[],
	languages: readonly string[],
): TranslationCoverage[] {
	const reviewed = new Map(cases.map((c) => [c.id, c.data.lastReviewed.getTime()]));
	return languages.map((lang) => {
		const own = translations.filter((t) => t.lang === lang && reviewed.has(t.caseId));
		const outdated = own.filter((t) => (reviewed.get(t.caseId) ?? 0) > t.reviewed.getTime()).length;
		return { lang, translated: own.length, outdated, share: cases.length === 0 ? 0 : own.length / cases.length };
	});
}
