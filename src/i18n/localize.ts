/**
 * Content in the page's language. Pages and components render whatever data they are given;
 * these functions hand them taxonomies and case studies whose texts are already in the
 * language, so no component needs to know which texts are translated.
 */
import type { CaseStudy } from '../lib/case-studies.ts';
import type { CaseTranslationData } from '../schema/case-translation.ts';
import type { Taxonomies } from '../schema/taxonomy.ts';
import { taxonomyText, type TaxonomyFile } from './taxonomy-text.ts';
import type { Lang } from './ui.ts';

const displayNames = new Map<Lang, Intl.DisplayNames>();

/**
 * A member State's short name in the language: UN short names where they differ from what
 * `Intl.DisplayNames` gives (taxonomies.<lang>.json, `countries`), the display name otherwise.
 */
export function countryName(lang: Lang, code: string, english: string): string {
	if (lang === 'en') return english;
	const override = taxonomyText(lang, 'countries', code, 'name', '');
	if (override) return override;
	let names = displayNames.get(lang);
	if (!names) {
		names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
		displayNames.set(lang, names);
	}
	return names.of(code) ?? english;
}

/** Every entry's texts (label, definition, distinction) through the translations of its file. */
function localizeList<T extends { id: string }>(lang: Lang, file: TaxonomyFile, list: readonly T[]): T[] {
	return list.map((entry) => {
		const out: Record<string, unknown> = { ...entry };
		for (const field of ['label', 'definition', 'distinction'] as const) {
			const english = out[field];
			if (typeof english === 'string') out[field] = taxonomyText(lang, file, entry.id, field, english);
		}
		return out as T;
	});
}

/** The taxonomies with every label and definition in the language, in the same order. */
export function localizeTaxonomies(taxonomies: Taxonomies, lang: Lang): Taxonomies {
	if (lang === 'en') return taxonomies;
	return {
		regions: localizeList(lang, 'regions', taxonomies.regions),
		countries: taxonomies.countries.map((country) => ({ ...country, name: countryName(lang, country.id, country.name) })),
		domains: localizeList(lang, 'domains', taxonomies.domains),
		stages: localizeList(lang, 'stages', taxonomies.stages),
		policyMessages: localizeList(lang, 'policy-messages', taxonomies.policyMessages),
		conditions: localizeList(lang, 'conditions', taxonomies.conditions),
		evidenceLevels: localizeList(lang, 'evidence-levels', taxonomies.evidenceLevels),
		resultKinds: localizeList(lang, 'result-kinds', taxonomies.resultKinds),
	};
}

/**
 * A case study with the texts of its translation laid over the original's facts: results,
 * challenges and transfers keep their figures, sources and ids and take the translated words,
 * item by item (the validator guarantees the lists line up). Without a translation the case
 * stays in English, and says so through `lang`.
 */
export function localizeCase(item: CaseStudy, translation: { lang: Lang; data: CaseTranslationData; body?: string | undefined } | undefined): CaseStudy {
	if (!translation) return item;
	const { data } = item;
	const text = translation.data;
	return {
		id: item.id,
		lang: translation.lang,
		body: translation.body ?? item.body,
		data: {
			...data,
			title: text.title,
			summary: text.summary,
			leadOrganisation: text.leadOrganisation ?? data.leadOrganisation,
			...(data.place !== undefined ? { place: text.place ?? data.place } : {}),
			impact: data.impact.map((figure, i) => ({ ...figure, ...(text.impact[i] ?? {}) })),
			challenges: data.challenges.map((challenge, i) => ({ ...challenge, ...(text.challenges[i] ?? {}) })),
			...(data.endedBecause !== undefined ? { endedBecause: { ...data.endedBecause, ...(text.endedBecause ?? {}) } } : {}),
			transfer: data.transfer.map((transfer, i) => ({ ...transfer, ...(text.transfer[i] ?? {}) })),
		},
	};
}
