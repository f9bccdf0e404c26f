/**
 * The one place pages read content. Files starting with `_` in src/pages are not routes.
 * Taxonomies are read from their YAML files (in file order, which is the order pages show;
 * `getCollection` would sort them by id); case studies come from the content layer.
 */
import { execFileSync } from 'node:child_process';
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexTaxonomies, type CaseStudy, type TaxonomyIndex } from '../lib/case-studies.ts';
import { loadTaxonomies } from '../lib/taxonomies-fs.ts';
import { allTransfers, type Transfer } from '../lib/transfers.ts';
import type { Taxonomies } from '../schema/taxonomy.ts';
import { defaultLang, type Lang } from '../i18n/ui.ts';
import { localizeCase, localizeTaxonomies } from '../i18n/localize.ts';
import type { TranslationLanguage } from '../schema/case-translation.ts';

const taxonomyCache = new Map<Lang, { taxonomies: Taxonomies; index: TaxonomyIndex }>();

/** The taxonomies in a language: labels, definitions and country names translated, same order. */
export async function getTaxonomies(lang: Lang = defaultLang): Promise<{ taxonomies: Taxonomies; index: TaxonomyIndex }> {
	let cached = taxonomyCache.get(lang);
	if (!cached) {
		const taxonomies = localizeTaxonomies(loadTaxonomies(process.cwd()), lang);
		cached = { taxonomies, index: indexTaxonomies(taxonomies) };
		taxonomyCache.set(lang, cached);
	}
	return cached;
}

/** The case-study entries themselves, for the pages that render a body (`render(entry)`). */
export function getCaseEntries(): Promise<CollectionEntry<'caseStudies'>[]> {
	return getCollection('caseStudies');
}

/** The translation of a case into a language, or undefined when it has none. */
export async function getTranslationEntry(lang: TranslationLanguage, caseId: string): Promise<CollectionEntry<'caseTranslations'> | undefined> {
	return (await getTranslations()).get(`${lang}/${caseId}`);
}

let translationCache: Promise<Map<string, CollectionEntry<'caseTranslations'>>> | undefined;

/** Every translation, by `<lang>/<case id>`. */
export function getTranslations(): Promise<Map<string, CollectionEntry<'caseTranslations'>>> {
	const read = async () => new Map((await getCollection('caseTranslations')).map((entry) => [entry.id, entry]));
	if (import.meta.env.DEV) return read();
	translationCache ??= read();
	return translationCache;
}

let eventCache: Promise<CollectionEntry<'events'>[]> | undefined;

/** Every event, newest first: the order every list of events shows. */
export function getEvents(): Promise<CollectionEntry<'events'>[]> {
	const read = async () => (await getCollection('events')).sort((a, b) => b.data.startDate.getTime() - a.data.startDate.getTime());
	if (import.meta.env.DEV) return read();
	eventCache ??= read();
	return eventCache;
}

const caseCache = new Map<Lang, Promise<CaseStudy[]>>();

/**
 * Every case study, in a language: a translated case carries its translation's texts (and
 * `lang`), an untranslated one stays English. A production build reads them once per language
 * and hands every page the same array (queries such as related-case ranking cache per array);
 * the dev server re-reads on each call so that edits show up.
 */
export function getCaseStudies(lang: Lang = defaultLang): Promise<CaseStudy[]> {
	const read = async (): Promise<CaseStudy[]> => {
		const originals = (await getCollection('caseStudies')).map(({ id, data, body }): CaseStudy => ({ id, data, body }));
		if (lang === defaultLang) return originals;
		const translations = await getTranslations();
		return originals.map((item) => {
			const entry = translations.get(`${lang}/${item.id}`);
			return localizeCase(item, entry ? { lang, data: entry.data, body: entry.body } : undefined);
		});
	};
	if (import.meta.env.DEV) return read();
	let cached = caseCache.get(lang);
	if (!cached) {
		cached = read();
		caseCache.set(lang, cached);
	}
	return cached;
}

const caseByIdCache = new WeakMap<readonly CaseStudy[], Map<string, CaseStudy>>();

/** One case study in a language, by id (a case page's own; looked up, not searched for, per page). */
export async function getCaseStudy(lang: Lang, id: string): Promise<CaseStudy | undefined> {
	const cases = await getCaseStudies(lang);
	let byId = caseByIdCache.get(cases);
	if (!byId) {
		byId = new Map(cases.map((item) => [item.id, item]));
		caseByIdCache.set(cases, byId);
	}
	return byId.get(id);
}

const transferCache = new Map<Lang, Promise<{ all: Transfer[]; adaptedFrom: Map<string, Transfer[]> }>>();

/** Every recorded transfer, computed once per build and language, and by adopting case (for case pages). */
export function getTransfers(lang: Lang = defaultLang): Promise<{ all: Transfer[]; adaptedFrom: Map<string, Transfer[]> }> {
	const compute = async () => {
		const all = allTransfers(await getCaseStudies(lang));
		return {
			all,
			adaptedFrom: Map.groupBy(
				all.filter((t) => t.adopter),
				(t) => t.adopter!.id,
			),
		};
	};
	if (import.meta.env.DEV) return compute();
	let cached = transferCache.get(lang);
	if (!cached) {
		cached = compute();
		transferCache.set(lang, cached);
	}
	return cached;
}

let commitDate: string | null | undefined;

/** The date of the last commit, asked of git once per build (five pages need it); null outside a checkout. */
function lastCommitDate(): string | null {
	if (commitDate !== undefined && !import.meta.env.DEV) return commitDate;
	try {
		const committed = execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		commitDate = committed ? new Date(committed).toISOString().slice(0, 10) : null;
	} catch {
		// Not a git checkout (e.g. a downloaded archive): the caller falls back.
		commitDate = null;
	}
	return commitDate;
}

/**
 * The "generated" date of the exports: the date of the last commit, so that two builds of one
 * commit are identical; outside a git checkout, the latest review date of the content.
 */
export function getGeneratedDate(cases: readonly CaseStudy[]): string {
	const committed = lastCommitDate();
	if (committed) return committed;
	const latest = Math.max(0, ...cases.map((c) => c.data.lastReviewed.getTime()));
	return new Date(latest).toISOString().slice(0, 10);
}
