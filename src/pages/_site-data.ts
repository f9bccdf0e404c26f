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

let taxonomyCache: { taxonomies: Taxonomies; index: TaxonomyIndex } | undefined;

export async function getTaxonomies(): Promise<{ taxonomies: Taxonomies; index: TaxonomyIndex }> {
	if (!taxonomyCache) {
		const taxonomies = loadTaxonomies(process.cwd());
		taxonomyCache = { taxonomies, index: indexTaxonomies(taxonomies) };
	}
	return taxonomyCache;
}

/** The case-study entries themselves, for the pages that render a body (`render(entry)`). */
export function getCaseEntries(): Promise<CollectionEntry<'caseStudies'>[]> {
	return getCollection('caseStudies');
}

let eventCache: Promise<CollectionEntry<'events'>[]> | undefined;

/** Every event, newest first: the order every list of events shows. */
export function getEvents(): Promise<CollectionEntry<'events'>[]> {
	const read = async () => (await getCollection('events')).sort((a, b) => b.data.startDate.getTime() - a.data.startDate.getTime());
	if (import.meta.env.DEV) return read();
	eventCache ??= read();
	return eventCache;
}

let caseCache: Promise<CaseStudy[]> | undefined;

/**
 * Every case study. A production build reads them once and hands every page the same array
 * (queries such as related-case ranking cache per array); the dev server re-reads on each call
 * so that edits show up.
 */
export function getCaseStudies(): Promise<CaseStudy[]> {
	const read = async () => (await getCollection('caseStudies')).map(({ id, data, body }) => ({ id, data, body }));
	if (import.meta.env.DEV) return read();
	caseCache ??= read();
	return caseCache;
}

let transferCache: Promise<{ all: Transfer[]; adaptedFrom: Map<string, Transfer[]> }> | undefined;

/** Every recorded transfer, computed once per build, and by adopting case (for case pages). */
export function getTransfers(): Promise<{ all: Transfer[]; adaptedFrom: Map<string, Transfer[]> }> {
	const compute = async () => {
		const all = allTransfers(await getCaseStudies());
		return {
			all,
			adaptedFrom: Map.groupBy(
				all.filter((t) => t.adopter),
				(t) => t.adopter!.id,
			),
		};
	};
	if (import.meta.env.DEV) return compute();
	transferCache ??= compute();
	return transferCache;
}

/**
 * The "generated" date of the exports: the date of the last commit, so that two builds of one
 * commit are identical; outside a git checkout, the latest review date of the content.
 */
export function getGeneratedDate(cases: readonly CaseStudy[]): string {
	try {
		const committed = execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		if (committed) return new Date(committed).toISOString().slice(0, 10);
	} catch {
		// Not a git checkout (e.g. a downloaded archive): fall back below.
	}
	const latest = Math.max(0, ...cases.map((c) => c.data.lastReviewed.getTime()));
	return new Date(latest).toISOString().slice(0, 10);
}
